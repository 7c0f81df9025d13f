"""Default texts become translatable snippets (3/3): the locale and translation key required,
one text per campaign, network and locale, and the language column gone."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("sharing", "0005_campaign_texts_as_translations"),
    ]

    operations = [
        migrations.AlterField(
            model_name="campaigntext",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="campaigntext",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="campaigntext",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="campaigntext",
            constraint=models.UniqueConstraint(
                fields=("campaign", "network", "locale"), name="one_default_text_per_network"
            ),
        ),
        migrations.RemoveField(
            model_name="campaigntext",
            name="language",
        ),
    ]
