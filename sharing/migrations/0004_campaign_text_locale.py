"""Default texts become translatable snippets (1/3): a locale and a translation key beside the
language, both empty until 0005 fills them; the campaign a plain key, no longer an inline. The
language may be empty too, so that undoing 0006 can add its column back before 0005, undone,
fills it in again."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("sharing", "0003_campaign_kit"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="campaigntext",
            name="one_default_text_per_network",
        ),
        migrations.AlterField(
            model_name="campaigntext",
            name="language",
            field=models.CharField(
                choices=[("fr", "Français"), ("en", "English")],
                max_length=8,
                null=True,
                verbose_name="language",
            ),
        ),
        migrations.AddField(
            model_name="campaigntext",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="campaigntext",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="campaigntext",
            name="campaign",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="text_templates",
                to="sharing.campaignsettings",
                verbose_name="campaign",
            ),
        ),
    ]
