"""Themes become translatable (wagtail-localize), in three steps so that PostgreSQL never alters
a table holding rows it has yet to check: nullable locale and translation key, then the data
(each theme in the source language, its English name and description as its English
translation), then the constraints."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0004_english_texts"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="theme",
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
            model_name="theme",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="theme",
            name="name",
            field=models.CharField(max_length=100, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="theme",
            name="slug",
            field=models.SlugField(max_length=100, verbose_name="slug"),
        ),
    ]
