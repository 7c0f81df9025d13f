import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("stories", "0006_theme_translations")]

    operations = [
        migrations.AlterField(
            model_name="theme",
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
            model_name="theme",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="theme",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="theme",
            constraint=models.UniqueConstraint(
                fields=("locale", "slug"), name="unique_theme_slug_per_locale"
            ),
        ),
        migrations.AddConstraint(
            model_name="theme",
            constraint=models.UniqueConstraint(
                fields=("locale", "name"), name="unique_theme_name_per_locale"
            ),
        ),
        migrations.RemoveField(model_name="theme", name="description_en"),
        migrations.RemoveField(model_name="theme", name="name_en"),
    ]
