"""Default texts become translatable snippets (2/3): each row gets the locale of its language,
and the rows of one campaign and network share a translation key, so that the English X text is
known as the translation of the French one. No row is lost or added. Apart from 0004 and 0006
because PostgreSQL refuses to alter a table while the checks of the keys just written, deferred
to the end of the transaction, are pending."""

import uuid
from collections import defaultdict

from django.db import migrations


def texts_as_translations(apps, schema_editor):
    CampaignText = apps.get_model("sharing", "CampaignText")
    Locale = apps.get_model("wagtailcore", "Locale")
    locales = {}
    keys = defaultdict(uuid.uuid4)
    for text in CampaignText.objects.order_by("pk"):
        if text.language not in locales:
            locales[text.language] = Locale.objects.get_or_create(language_code=text.language)[0]
        text.locale = locales[text.language]
        text.translation_key = keys[(text.campaign_id, text.network)]
        text.save(update_fields=["locale", "translation_key"])


def texts_by_language(apps, schema_editor):
    CampaignText = apps.get_model("sharing", "CampaignText")
    for text in CampaignText.objects.select_related("locale"):
        text.language = text.locale.language_code
        text.save(update_fields=["language"])


class Migration(migrations.Migration):
    dependencies = [
        ("sharing", "0004_campaign_text_locale"),
    ]

    operations = [
        migrations.RunPython(texts_as_translations, texts_by_language),
    ]
