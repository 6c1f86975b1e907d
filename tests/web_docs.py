"""Documents for the API, dashboard and browser tests (written for these tests)."""

from __future__ import annotations

from typing import Any

DOCS: list[dict[str, Any]] = [
    {
        "id": "ar-1",
        "date": "2025-07-18",
        "title": "باكستان والاتحاد الأوروبي",
        "text": "اتفقت باكستان والاتحاد الأوروبي يوم الخميس على تعزيز التعاون الأمني "
        "خلال جولة الحوار السياسي في بروكسل.",
    },
    {
        "id": "ar-2",
        "date": "2025-08-02",
        "text": "أدانت وزارة الخارجية الباكستانية الهجوم الذي استهدف قافلة عسكرية في كويتا.",
    },
    {
        "id": "en-1",
        "date": "2025-06-20",
        "title": "Trump hosts Munir",
        "text": "President Trump hosted Pakistan's army chief Field Marshal Asim Munir "
        "at the White House on Wednesday.",
    },
    {
        "id": "en-2",
        "date": "2025-08-10",
        "text": "Pakistan and the European Union agreed on Thursday to deepen trade cooperation.",
    },
    {
        "id": "en-3",
        "date": "2025-09-01",
        "text": "Egypt condemned Israel on Monday over the strikes in Gaza.",
    },
]

#: text that would run script if any page put document text into HTML unescaped
XSS_DOCS: list[dict[str, Any]] = [
    {
        "id": "xss-ar",
        "date": "2025-09-03",
        "lang": "ar",  # the markup has more Latin letters than the sentence has Arabic ones
        "text": "أدانت مصر إسرائيل <script>window.__pwned = 'ar-script'</script> "
        "<img src=x onerror=\"window.__pwned = 'ar-img'\"> بسبب الغارات على غزة.",
    },
    {
        "id": "xss-en",
        "date": "2025-09-04",
        "text": "Egypt condemned Israel <img src=x onerror=\"window.__pwned='en-img'\"> "
        "<script>window.__pwned='en-script'</script> over the strikes.",
    },
]
