"""Each existing theme in the source language, and its English name and description (the fields
this replaces) as its English translation, with the same slug."""

import uuid

from django.conf import settings
from django.db import migrations
from wagtail.coreutils import get_supported_content_language_variant


def english_fields_to_translations(apps, schema_editor):
    Theme = apps.get_model("stories", "Theme")
    Locale = apps.get_model("wagtailcore", "Locale")
    source = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )[0]
    english = None
    for theme in Theme.objects.filter(locale__isnull=True):
        theme.locale, theme.translation_key = source, uuid.uuid4()
        theme.save(update_fields=["locale", "translation_key"])
        if theme.name_en and source.language_code != "en":
            english = english or Locale.objects.get_or_create(language_code="en")[0]
            Theme.objects.create(
                locale=english,
                translation_key=theme.translation_key,
                name=theme.name_en,
                slug=theme.slug,
                description=theme.description_en or theme.description,
            )


def translations_to_english_fields(apps, schema_editor):
    Theme = apps.get_model("stories", "Theme")
    for english in Theme.objects.filter(locale__language_code="en"):
        source = Theme.objects.exclude(pk=english.pk).filter(
            translation_key=english.translation_key
        )
        source.update(name_en=english.name, description_en=english.description)
        english.delete()


class Migration(migrations.Migration):
    dependencies = [("stories", "0005_themes_translatable")]

    operations = [
        migrations.RunPython(english_fields_to_translations, translations_to_english_fields)
    ]
