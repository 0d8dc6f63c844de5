#!/usr/bin/env python3
"""Writes a generated ActorGraph dataset for the `actorgraph report` benchmark.

    python3 scripts/report/generate_dataset.py                      # 5000 20000 42 .bench-data/report-5000x20000.seed42.json
    python3 scripts/report/generate_dataset.py 5000 20000 42 /tmp/report.json
    python3 scripts/report/generate_dataset.py 500 2000 7 /tmp/small.json

Positional arguments, all optional: N_ACTORS (default 5000), N_INTERACTIONS
(default 20000), SEED (default 42), OUT.json (default .bench-data/report-
N_ACTORSxN_INTERACTIONS.seedSEED.json). The same arguments give the same bytes
(Python's random.Random with the seed; no set or dict iteration of unordered
data, no clock); the script prints the file's SHA-256. The format is that of
seeds/backchannel.json (Schema/actorgraph-dataset.schema.json); the file passes
`actorgraph validate` without problems or warnings.

What it holds (defaults; shares are of the draws, so the counts vary a little
with the seed):

- Actors: one country actor for each of 30 countries (fewer when N_ACTORS is
  small), about 12 % institutions (each country's ministries, presidency,
  intelligence service, parliament, think tanks ..., then embassies of one
  country in another; parent: the country, the presidency or the foreign
  ministry), the rest persons. Every actor has a country; countries are drawn
  with Zipf-like weights (the US, Russia and a few others large, most small).
  Names come from the name lists of the country's region, unique; aliases hold
  the English name, an Arabic spelling for every country, about 60 % of the
  institutions and about 35 % of the persons (85 % in Arab countries), a second
  Arabic spelling (with diacritics, or without the hamza) for some, and an
  English short form ("A. Haddad") for some. About 70 % of the persons have
  1-3 affiliations with institutions (mostly of their country) with a role,
  sometimes from/to dates, some former.
- Interactions (in date order): every kind (meeting, call, visit, talks,
  summit, briefing, message; unequal shares) with 2 (60 %), 3, 4, 5 or 6
  participants and a few (0.5 %) of 7-20; the participants come from one
  country or two (a bilateral contact), drawn by preferential attachment within
  the country, an actor who has not appeared yet with probability 0.12, and a
  third of the interactions continue an earlier one's group (a series of talks,
  the same people again, one of them sometimes replaced), so ties repeat.
  Dates are spread uniformly over 2015-01-01 ... 2025-12-31 and given to the
  day (50 %), month (30 %) or year (20 %); 1 % are undated; 8 % have an endDate;
  45 % an initiator; half a place; 0-3 topics. Track missing on 10 %,
  disclosure on 15 %, status on 12 %. Every interaction cites 1-2 sources: a
  document of a pool of N_INTERACTIONS / 8 (named like 0042_1f3a...txt) and
  1-3 paragraph numbers.

Nothing here depends on any package outside the standard library.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# (code, English name, Arabic name, region, capital, Arabic capital)
COUNTRIES = [
    ("US", "United States", "الولايات المتحدة", "western", "Washington", "واشنطن"),
    ("RU", "Russia", "روسيا", "russian", "Moscow", "موسكو"),
    ("CN", "China", "الصين", "chinese", "Beijing", "بكين"),
    ("GB", "United Kingdom", "المملكة المتحدة", "western", "London", "لندن"),
    ("FR", "France", "فرنسا", "western", "Paris", "باريس"),
    ("DE", "Germany", "ألمانيا", "western", "Berlin", "برلين"),
    ("TR", "Turkey", "تركيا", "turkish", "Ankara", "أنقرة"),
    ("SA", "Saudi Arabia", "السعودية", "arab", "Riyadh", "الرياض"),
    ("EG", "Egypt", "مصر", "arab", "Cairo", "القاهرة"),
    ("UA", "Ukraine", "أوكرانيا", "ukrainian", "Kyiv", "كييف"),
    ("IR", "Iran", "إيران", "iranian", "Tehran", "طهران"),
    ("QA", "Qatar", "قطر", "arab", "Doha", "الدوحة"),
    ("AE", "United Arab Emirates", "الإمارات", "arab", "Abu Dhabi", "أبوظبي"),
    ("IN", "India", "الهند", "south-asian", "New Delhi", "نيودلهي"),
    ("JP", "Japan", "اليابان", "japanese", "Tokyo", "طوكيو"),
    ("IT", "Italy", "إيطاليا", "western", "Rome", "روما"),
    ("JO", "Jordan", "الأردن", "arab", "Amman", "عمّان"),
    ("IQ", "Iraq", "العراق", "arab", "Baghdad", "بغداد"),
    ("SY", "Syria", "سوريا", "arab", "Damascus", "دمشق"),
    ("LB", "Lebanon", "لبنان", "arab", "Beirut", "بيروت"),
    ("PK", "Pakistan", "باكستان", "south-asian", "Islamabad", "إسلام آباد"),
    ("KR", "South Korea", "كوريا الجنوبية", "korean", "Seoul", "سيول"),
    ("CA", "Canada", "كندا", "western", "Ottawa", "أوتاوا"),
    ("KZ", "Kazakhstan", "كازاخستان", "russian", "Astana", "أستانا"),
    ("BY", "Belarus", "بيلاروسيا", "russian", "Minsk", "مينسك"),
    ("KW", "Kuwait", "الكويت", "arab", "Kuwait City", "مدينة الكويت"),
    ("OM", "Oman", "عُمان", "arab", "Muscat", "مسقط"),
    ("MA", "Morocco", "المغرب", "arab", "Rabat", "الرباط"),
    ("DZ", "Algeria", "الجزائر", "arab", "Algiers", "الجزائر العاصمة"),
    ("TN", "Tunisia", "تونس", "arab", "Tunis", "تونس العاصمة"),
]
# Zipf-like weights in the list's order: a few large groups, many small ones.
COUNTRY_WEIGHTS = [round(100 / (rank + 1) ** 0.8) for rank in range(len(COUNTRIES))]

# Given and family names per region: (English, Arabic).
GIVEN = {
    "western": [("John", "جون"), ("Michael", "مايكل"), ("David", "ديفيد"), ("William", "وليام"),
                ("Richard", "ريتشارد"), ("Robert", "روبرت"), ("James", "جيمس"), ("Thomas", "توماس"),
                ("Susan", "سوزان"), ("Anne", "آن"), ("Elizabeth", "إليزابيث"), ("Catherine", "كاثرين"),
                ("Pierre", "بيير"), ("Jean", "جان"), ("Hans", "هانس"), ("Klaus", "كلاوس"),
                ("Marco", "ماركو"), ("Giulia", "جوليا"), ("Sarah", "سارة"), ("Emily", "إميلي"),
                ("Daniel", "دانيال"), ("Laura", "لورا"), ("Peter", "بيتر"), ("Mark", "مارك")],
    "russian": [("Sergei", "سيرغي"), ("Dmitry", "دميتري"), ("Yuri", "يوري"), ("Vladimir", "فلاديمير"),
                ("Andrei", "أندريه"), ("Mikhail", "ميخائيل"), ("Olga", "أولغا"), ("Natalia", "ناتاليا"),
                ("Alexei", "أليكسي"), ("Nikolai", "نيكولاي"), ("Ivan", "إيفان"), ("Maria", "ماريا"),
                ("Igor", "إيغور"), ("Pavel", "بافل"), ("Elena", "يلينا"), ("Anatoly", "أناتولي")],
    "ukrainian": [("Oleksandr", "أولكسندر"), ("Petro", "بيترو"), ("Andriy", "أندريه"), ("Olena", "أولينا"),
                  ("Mykola", "ميكولا"), ("Iryna", "إيرينا"), ("Taras", "تاراس"), ("Vasyl", "فاسيل"),
                  ("Yulia", "يوليا"), ("Bohdan", "بوهدان"), ("Oksana", "أوكسانا"), ("Dmytro", "دميترو")],
    "arab": [("Ahmed", "أحمد"), ("Mohammed", "محمد"), ("Omar", "عمر"), ("Khaled", "خالد"),
             ("Youssef", "يوسف"), ("Hassan", "حسن"), ("Ali", "علي"), ("Ibrahim", "إبراهيم"),
             ("Tariq", "طارق"), ("Samir", "سمير"), ("Karim", "كريم"), ("Nabil", "نبيل"),
             ("Walid", "وليد"), ("Fatima", "فاطمة"), ("Layla", "ليلى"), ("Mariam", "مريم"),
             ("Nour", "نور"), ("Huda", "هدى"), ("Salma", "سلمى"), ("Rania", "رانيا"),
             ("Abdullah", "عبدالله"), ("Faisal", "فيصل"), ("Hamad", "حمد"), ("Majed", "ماجد"),
             ("Adel", "عادل"), ("Ayman", "أيمن"), ("Hisham", "هشام"), ("Mustafa", "مصطفى")],
    "turkish": [("Mehmet", "محمد"), ("Mustafa", "مصطفى"), ("Ahmet", "أحمد"), ("Emine", "أمينة"),
                ("Recep", "رجب"), ("Hakan", "هاكان"), ("Murat", "مراد"), ("Ayse", "عائشة"),
                ("Kemal", "كمال"), ("Ibrahim", "إبراهيم"), ("Selim", "سليم"), ("Zeynep", "زينب")],
    "iranian": [("Reza", "رضا"), ("Javad", "جواد"), ("Hamid", "حميد"), ("Ali", "علي"),
                ("Mahmoud", "محمود"), ("Hossein", "حسين"), ("Abbas", "عباس"), ("Zahra", "زهراء"),
                ("Mohsen", "محسن"), ("Saeed", "سعيد"), ("Maryam", "مريم"), ("Kazem", "كاظم")],
    "chinese": [("Wei", "وي"), ("Jun", "جون"), ("Ming", "مينغ"), ("Hua", "هوا"),
                ("Yi", "يي"), ("Lei", "لي"), ("Xiaoming", "شياو مينغ"), ("Jian", "جيان"),
                ("Fang", "فانغ"), ("Hong", "هونغ"), ("Qiang", "تشيانغ"), ("Yan", "يان")],
    "japanese": [("Kenji", "كينجي"), ("Hiroshi", "هيروشي"), ("Takeshi", "تاكيشي"), ("Yuki", "يوكي"),
                 ("Akira", "أكيرا"), ("Naoko", "ناوكو"), ("Shinzo", "شينزو"), ("Taro", "تارو"),
                 ("Fumio", "فوميو"), ("Haruka", "هاروكا"), ("Koji", "كوجي"), ("Emi", "إيمي")],
    "korean": [("Min-jun", "مين جون"), ("Ji-ho", "جي هو"), ("Seo-yeon", "سيو يون"), ("Jae-in", "جاي إن"),
               ("Hyun", "هيون"), ("Sung", "سونغ"), ("Eun-ji", "أون جي"), ("Dong-hyun", "دونغ هيون"),
               ("Young", "يونغ"), ("Soo-min", "سو مين"), ("Tae", "تاي"), ("Ha-eun", "ها أون")],
    "south-asian": [("Rahul", "راهول"), ("Amit", "أميت"), ("Priya", "بريا"), ("Imran", "عمران"),
                    ("Shah", "شاه"), ("Nawaz", "نواز"), ("Sunita", "سونيتا"), ("Vikram", "فيكرام"),
                    ("Asif", "آصف"), ("Bilal", "بلال"), ("Anil", "أنيل"), ("Ayesha", "عائشة")],
}
FAMILY = {
    "western": [("Smith", "سميث"), ("Johnson", "جونسون"), ("Brown", "براون"), ("Miller", "ميلر"),
                ("Davis", "ديفيس"), ("Wilson", "ويلسون"), ("Taylor", "تايلور"), ("Clark", "كلارك"),
                ("Walker", "ووكر"), ("Hall", "هول"), ("Allen", "ألين"), ("King", "كينغ"),
                ("Wright", "رايت"), ("Green", "غرين"), ("Baker", "بيكر"), ("Carter", "كارتر"),
                ("Mitchell", "ميتشل"), ("Dubois", "دوبوا"), ("Martin", "مارتان"), ("Bernard", "برنار"),
                ("Schmidt", "شميت"), ("Fischer", "فيشر"), ("Weber", "فيبر"), ("Rossi", "روسي"),
                ("Bianchi", "بيانكي"), ("Moreau", "مورو"), ("Becker", "بيكر"), ("Hughes", "هيوز"),
                ("Campbell", "كامبل"), ("Stewart", "ستيوارت"), ("Turner", "تيرنر"), ("Parker", "باركر")],
    "russian": [("Ivanov", "إيفانوف"), ("Petrov", "بيتروف"), ("Sokolov", "سوكولوف"), ("Volkov", "فولكوف"),
                ("Kuznetsov", "كوزنيتسوف"), ("Popov", "بوبوف"), ("Morozov", "موروزوف"), ("Lebedev", "ليبيديف"),
                ("Novikov", "نوفيكوف"), ("Fedorov", "فيدوروف"), ("Orlov", "أورلوف"), ("Pavlov", "بافلوف"),
                ("Semenov", "سيميونوف"), ("Egorov", "إيغوروف"), ("Zaitsev", "زايتسيف"), ("Belov", "بيلوف"),
                ("Gusev", "غوسيف"), ("Titov", "تيتوف"), ("Kiselev", "كيسيليوف"), ("Makarov", "ماكاروف")],
    "ukrainian": [("Shevchenko", "شيفتشينكو"), ("Kovalenko", "كوفالينكو"), ("Bondarenko", "بوندارينكو"),
                  ("Tkachenko", "تكاتشينكو"), ("Kravchenko", "كرافتشينكو"), ("Oliynyk", "أولينيك"),
                  ("Melnyk", "ميلنيك"), ("Boyko", "بويكو"), ("Savchenko", "سافتشينكو"), ("Rudenko", "رودينكو"),
                  ("Lysenko", "ليسينكو"), ("Moroz", "موروز"), ("Marchenko", "مارتشينكو"), ("Kuzmenko", "كوزمينكو")],
    "arab": [("Haddad", "حداد"), ("Khoury", "خوري"), ("Mansour", "منصور"), ("Nasser", "ناصر"),
             ("Saleh", "صالح"), ("Hamdan", "حمدان"), ("Qasim", "قاسم"), ("Rahman", "رحمن"),
             ("Aziz", "عزيز"), ("Jaber", "جابر"), ("Farouk", "فاروق"), ("Suleiman", "سليمان"),
             ("Darwish", "درويش"), ("Abbas", "عباس"), ("Bakr", "بكر"), ("Zayed", "زايد"),
             ("Obeid", "عبيد"), ("Shami", "الشامي"), ("Masri", "المصري"), ("Tamimi", "التميمي"),
             ("Al-Thani", "آل ثاني"), ("Al-Saud", "آل سعود"), ("Hashemi", "الهاشمي"), ("Khalil", "خليل"),
             ("Youssef", "يوسف"), ("Attiyah", "العطية"), ("Otaibi", "العتيبي"), ("Ghamdi", "الغامدي"),
             ("Zahrani", "الزهراني"), ("Bitar", "البيطار"), ("Sabbagh", "الصباغ"), ("Najjar", "النجار"),
             ("Karam", "كرم"), ("Ayoub", "أيوب"), ("Fahmy", "فهمي"), ("Shoukry", "شكري")],
    "turkish": [("Yilmaz", "يلماز"), ("Demir", "دمير"), ("Kaya", "كايا"), ("Celik", "جيليك"),
                ("Sahin", "شاهين"), ("Aydin", "أيدين"), ("Ozturk", "أوزتورك"), ("Arslan", "أرسلان"),
                ("Dogan", "دوغان"), ("Kilic", "كيليتش"), ("Cavusoglu", "جاويش أوغلو"), ("Fidan", "فيدان")],
    "iranian": [("Rezaei", "رضائي"), ("Hosseini", "حسيني"), ("Karimi", "كريمي"), ("Mousavi", "موسوي"),
                ("Ahmadi", "أحمدي"), ("Jafari", "جعفري"), ("Rahimi", "رحيمي"), ("Zarif", "ظريف"),
                ("Larijani", "لاريجاني"), ("Rouhani", "روحاني"), ("Salehi", "صالحي"), ("Velayati", "ولايتي")],
    "chinese": [("Wang", "وانغ"), ("Li", "لي"), ("Zhang", "تشانغ"), ("Liu", "ليو"),
                ("Chen", "تشن"), ("Yang", "يانغ"), ("Zhao", "تشاو"), ("Huang", "هوانغ"),
                ("Zhou", "تشو"), ("Wu", "وو"), ("Xu", "شو"), ("Sun", "سون")],
    "japanese": [("Tanaka", "تاناكا"), ("Sato", "ساتو"), ("Suzuki", "سوزوكي"), ("Takahashi", "تاكاهاشي"),
                 ("Watanabe", "واتانابي"), ("Ito", "إيتو"), ("Yamamoto", "ياماموتو"), ("Nakamura", "ناكامورا"),
                 ("Kobayashi", "كوباياشي"), ("Kato", "كاتو"), ("Abe", "آبي"), ("Kishida", "كيشيدا")],
    "korean": [("Kim", "كيم"), ("Lee", "لي"), ("Park", "بارك"), ("Choi", "تشوي"),
               ("Jung", "جونغ"), ("Kang", "كانغ"), ("Cho", "تشو"), ("Yoon", "يون"),
               ("Jang", "جانغ"), ("Lim", "ليم"), ("Han", "هان"), ("Moon", "مون")],
    "south-asian": [("Singh", "سينغ"), ("Sharma", "شارما"), ("Khan", "خان"), ("Qureshi", "قريشي"),
                    ("Patel", "باتيل"), ("Gupta", "غوبتا"), ("Malik", "مالك"), ("Butt", "بت"),
                    ("Jaishankar", "جايشانكار"), ("Doval", "دوفال"), ("Bhutto", "بوتو"), ("Sharif", "شريف")],
}
INITIALS = "ABCDEFGHIJKLMNOPRSTVW"

# Institution types of every country: (English template, Arabic template, parent: country/presidency/mfa).
INSTITUTIONS = [
    ("Presidency of {c}", "رئاسة {a}", "country"),
    ("{c} Ministry of Foreign Affairs", "وزارة خارجية {a}", "country"),
    ("{c} Ministry of Defence", "وزارة دفاع {a}", "country"),
    ("{c} National Security Council", "مجلس الأمن القومي في {a}", "presidency"),
    ("{c} Intelligence Service", "جهاز استخبارات {a}", "presidency"),
    ("Parliament of {c}", "برلمان {a}", "country"),
    ("{c} Ministry of Energy", "وزارة الطاقة في {a}", "country"),
    ("{c} Ministry of Finance", "وزارة المالية في {a}", "country"),
    ("Central Bank of {c}", "البنك المركزي في {a}", "country"),
    ("{c} Institute for Strategic Studies", "معهد {a} للدراسات الاستراتيجية", None),
    ("{c} Council on Foreign Policy", "مجلس {a} للسياسة الخارجية", None),
    ("{c} Chamber of Commerce", "غرفة تجارة {a}", None),
    ("{c} Armed Forces General Staff", "هيئة أركان القوات المسلحة في {a}", "mfa-defence"),
    ("{c} Mission to the United Nations", "بعثة {a} لدى الأمم المتحدة", "mfa"),
]
ROLES = ["Minister", "Deputy Minister", "Ambassador", "Envoy", "Special Envoy", "Adviser", "Director",
         "Deputy Director", "Spokesperson", "Chief of Staff", "Senior Fellow", "Chairman", "Member",
         "Official", "Negotiator", "Head of Delegation", "General", "Counsellor", "Analyst", "Secretary"]

KINDS = ["meeting", "call", "visit", "talks", "summit", "briefing", "message"]
KIND_WEIGHTS = [30, 20, 12, 12, 4, 10, 12]
TRACKS = ["official", "track1.5", "track2"]
TRACK_WEIGHTS = [60, 25, 15]
DISCLOSURES = ["secret", "unannounced", "public"]
DISCLOSURE_WEIGHTS = [20, 30, 50]
STATUSES = ["confirmed", "reported", "denied", "planned"]
STATUS_WEIGHTS = [50, 35, 5, 10]
SIZES = [2, 3, 4, 5, 6]
SIZE_WEIGHTS = [600, 170, 100, 65, 60]  # of 1000; the remaining 5 draw 7-20
LARGE_SHARE = 0.005
PRECISIONS = ["day", "month", "year"]
PRECISION_WEIGHTS = [50, 30, 20]
FIRST, LAST = dt.date(2015, 1, 1), dt.date(2025, 12, 31)
TOPICS = ["ceasefire", "prisoner exchange", "sanctions", "energy", "grain exports", "nuclear programme",
          "humanitarian corridors", "reconstruction", "security guarantees", "trade", "arms control",
          "hostages", "border demarcation", "refugees", "normalisation", "oil prices", "maritime security",
          "counter-terrorism", "elections", "debt relief"]
NOTE_TEXTS = ["Reported by two sources only.", "Date given by the participants differs by a day.",
              "Held on the margins of a multilateral meeting.", "The agenda was not published.",
              "One participant later denied attending.", "Announced after the fact."]

NEW_ACTOR = 0.12
PREFERENTIAL = 0.7
SERIES_SHARE = 0.33
INSTITUTION_SLOT = 0.2
TWO_COUNTRIES = 0.6


def default_path(actors: int, interactions: int, seed: int) -> Path:
    return ROOT / ".bench-data" / f"report-{actors}x{interactions}.seed{seed}.json"


def date_text(day: dt.date, precision: str) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def end_date(day: dt.date, precision: str, rng: random.Random) -> str | None:
    """A later date at the same precision, or None when it would pass LAST."""
    if precision == "day":
        end = day + dt.timedelta(days=rng.randint(1, 6))
        return end.isoformat() if end <= LAST else None
    if precision == "month":
        months = day.year * 12 + (day.month - 1) + rng.randint(1, 3)
        year, month = divmod(months, 12)
        return f"{year:04d}-{month + 1:02d}" if year <= LAST.year else None
    return f"{day.year + 1:04d}" if day.year + 1 <= LAST.year else None


def random_day(rng: random.Random) -> dt.date:
    return FIRST + dt.timedelta(days=rng.randint(0, (LAST - FIRST).days))


def strip_hamza(text: str) -> str:
    return text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def with_diacritics(text: str, rng: random.Random) -> str:
    """Adds a fatha, damma or shadda after a few letters: the resolver's normaliser removes them."""
    marks = ["\u064E", "\u064F", "\u0651", "\u0650"]
    out = []
    for ch in text:
        out.append(ch)
        if "\u0621" <= ch <= "\u064A" and rng.random() < 0.3:
            out.append(rng.choice(marks))
    return "".join(out)


class Generator:
    def __init__(self, actors: int, interactions: int, seed: int):
        self.n_actors = actors
        self.n_interactions = interactions
        self.rng = random.Random(seed)

    # Actors ---------------------------------------------------------------------------------
    def make_actors(self) -> None:
        rng = self.rng
        n = self.n_actors
        n_countries = min(len(COUNTRIES), max(1, n // 20))
        self.countries = COUNTRIES[:n_countries]
        weights = COUNTRY_WEIGHTS[:n_countries]
        n_institutions = max(n_countries, round(n * 0.12))
        n_persons = n - n_countries - n_institutions
        if n_persons < 2:
            raise SystemExit("N_ACTORS is too small (at least 20)")
        self.actors: list[dict] = []
        self.country_of: list[int] = []  # actor index -> country index
        self.by_country: list[list[int]] = [[] for _ in self.countries]
        self.persons_of: list[list[int]] = [[] for _ in self.countries]
        self.institutions_of: list[list[int]] = [[] for _ in self.countries]

        country_actor: list[int] = []
        for ci, (code, name, arabic, _, _, _) in enumerate(self.countries):
            country_actor.append(self._add({"id": f"country-{code.lower()}", "kind": "country", "name": name,
                                            "aliases": [arabic, name], "country": code}, ci))

        # Institutions: each country's types round-robin, weighted by country size, then embassies.
        per_country = [0] * n_countries
        order = rng.choices(range(n_countries), weights=weights, k=n_institutions - n_countries)
        for ci in list(range(n_countries)) + order:
            per_country[ci] += 1
        inst_index: dict[tuple[int, int], int] = {}
        embassy_pairs: set[tuple[int, int]] = set()
        counter = 0
        for ci, count in enumerate(per_country):
            code, cname, carabic = self.countries[ci][:3]
            for t in range(count):
                counter += 1
                if t < len(INSTITUTIONS):
                    english, arabic, parent_rule = INSTITUTIONS[t]
                    english, arabic = english.format(c=cname), arabic.format(a=carabic)
                    if parent_rule == "country":
                        parent = self.actors[country_actor[ci]]["id"]
                    elif parent_rule == "presidency":
                        parent = self.actors[inst_index[(ci, 0)]]["id"]
                    elif parent_rule == "mfa":
                        parent = self.actors[inst_index[(ci, 1)]]["id"]
                    elif parent_rule == "mfa-defence":
                        parent = self.actors[inst_index[(ci, 2)]]["id"]
                    else:
                        parent = None
                else:
                    # An embassy of this country in another, each pair once (numbered when exhausted).
                    host = None
                    for _ in range(50):
                        h = rng.choices(range(n_countries), weights=weights)[0]
                        if h != ci and (ci, h) not in embassy_pairs:
                            host = h
                            break
                    if host is None:
                        english = f"{cname} Liaison Office {t}"
                        arabic = f"مكتب ارتباط {carabic} {t}"
                    else:
                        embassy_pairs.add((ci, host))
                        english = f"Embassy of {cname} in {self.countries[host][1]}"
                        arabic = f"سفارة {carabic} في {self.countries[host][2]}"
                    parent = self.actors[inst_index[(ci, 1)]]["id"] if (ci, 1) in inst_index else None
                actor = {"id": f"inst-{counter:04d}", "kind": "institution", "name": english}
                aliases = []
                if rng.random() < 0.6:
                    aliases.append(arabic)
                    if rng.random() < 0.1:
                        aliases.append(strip_hamza(arabic) if strip_hamza(arabic) != arabic
                                       else with_diacritics(arabic, rng))
                aliases.append(english)
                actor["aliases"] = aliases
                actor["country"] = code
                if parent is not None:
                    actor["parent"] = parent
                index = self._add(actor, ci)
                inst_index[(ci, t)] = index
                self.institutions_of[ci].append(index)

        # Persons: unique names from the region's lists, a middle initial (then a number) when taken.
        used_names: set[str] = set()
        person_countries = rng.choices(range(n_countries), weights=weights, k=n_persons)
        for k, ci in enumerate(person_countries):
            code, cname, carabic, region = self.countries[ci][:4]
            given, given_ar = rng.choice(GIVEN[region])
            family, family_ar = rng.choice(FAMILY[region])
            name = f"{given} {family}"
            tries = 0
            while name in used_names:
                tries += 1
                name = (f"{given} {rng.choice(INITIALS)}. {family}" if tries < 8
                        else f"{given} {family} {tries - 6}")
            used_names.add(name)
            arabic = f"{given_ar} {family_ar}"
            aliases = []
            if rng.random() < (0.85 if region == "arab" else 0.25):
                aliases.append(arabic)
                roll = rng.random()
                if roll < 0.08:
                    aliases.append(family_ar)
                elif roll < 0.16:
                    variant = strip_hamza(arabic)
                    aliases.append(variant if variant != arabic else with_diacritics(arabic, rng))
            aliases.append(name)
            if rng.random() < 0.1:
                aliases.append(f"{given[0]}. {family}")
            actor = {"id": f"person-{k + 1:05d}", "kind": "person", "name": name, "aliases": aliases,
                     "country": code}
            if rng.random() < 0.7:
                affiliations = []
                targets: list[int] = []
                for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
                    home = ci if rng.random() < 0.92 else rng.randrange(n_countries)
                    pool = self.institutions_of[home]
                    # The first institutions (ministries, presidency) hold most people.
                    target = pool[min(len(pool) - 1, int(rng.expovariate(1 / 4)))]
                    if target in targets:
                        continue
                    targets.append(target)
                    affiliation: dict = {"institution": self.actors[target]["id"]}
                    if rng.random() < 0.85:
                        affiliation["role"] = rng.choice(ROLES)
                    if rng.random() < 0.3:
                        start = random_day(rng)
                        affiliation["from"] = f"{start.year:04d}" if rng.random() < 0.5 else f"{start.year:04d}-{start.month:02d}"
                        end_year = start.year + rng.randint(1, 6)
                        if end_year <= LAST.year and rng.random() < 0.4:
                            affiliation["to"] = f"{end_year:04d}"
                    affiliation["former"] = bool(affiliations) and rng.random() < 0.5
                    affiliations.append(affiliation)
                actor["affiliations"] = affiliations
            if rng.random() < 0.02:
                actor["notes"] = "Name spelt differently across sources."
            index = self._add(actor, ci)
            self.persons_of[ci].append(index)

    def _add(self, actor: dict, ci: int) -> int:
        self.actors.append(actor)
        self.country_of.append(ci)
        self.by_country[ci].append(len(self.actors) - 1)
        return len(self.actors) - 1

    # Interactions -----------------------------------------------------------------------------
    def make_interactions(self) -> None:
        rng = self.rng
        n_countries = len(self.countries)
        weights = COUNTRY_WEIGHTS[:n_countries]
        unused = [list(reversed(self.by_country[ci])) for ci in range(n_countries)]  # pop() takes the first
        urns: list[list[int]] = [[] for _ in range(n_countries)]
        n_docs = max(1, self.n_interactions // 8)
        documents = [f"{d + 1:04d}_{rng.getrandbits(64):016x}.txt" for d in range(n_docs)]
        days = sorted(random_day(rng) for _ in range(self.n_interactions))
        groups: list[list[int]] = []
        self.interactions: list[dict] = []

        def pick(ci: int, members: list[int]) -> int:
            for _ in range(100):
                if unused[ci] and rng.random() < NEW_ACTOR:
                    candidate = unused[ci][-1]
                elif urns[ci] and rng.random() < PREFERENTIAL:
                    candidate = urns[ci][rng.randrange(len(urns[ci]))]
                elif rng.random() < INSTITUTION_SLOT and self.institutions_of[ci]:
                    candidate = rng.choice(self.institutions_of[ci])
                else:
                    pool = self.persons_of[ci] or self.by_country[ci]
                    candidate = rng.choice(pool)
                if candidate not in members:
                    if unused[ci] and unused[ci][-1] == candidate:
                        unused[ci].pop()
                    return candidate
            # A country with fewer actors than the group needs: anyone not yet in it.
            return next(a for a in range(len(self.actors)) if a not in members)

        for k, day in enumerate(days):
            if groups and rng.random() < SERIES_SHARE:
                # A series: an earlier group again (recent ones likelier), one member sometimes replaced.
                back = min(len(groups), 1 + int(rng.expovariate(1 / 300)))
                members = list(groups[-back])
                if rng.random() < 0.3:
                    slot = rng.randrange(len(members))
                    rest = members[:slot] + members[slot + 1:]
                    members[slot] = pick(self.country_of[members[slot]], rest)
            else:
                if rng.random() < LARGE_SHARE:
                    size = rng.randint(7, 20)
                else:
                    size = rng.choices(SIZES, weights=SIZE_WEIGHTS)[0]
                home = rng.choices(range(n_countries), weights=weights)[0]
                sides = [home]
                if rng.random() < TWO_COUNTRIES:
                    other = rng.choices(range(n_countries), weights=weights)[0]
                    if other != home:
                        sides.append(other)
                members = []
                for slot in range(size):
                    members.append(pick(sides[slot % len(sides)], members))
            for m in members:
                urns[self.country_of[m]].append(m)
            groups.append(members)
            self.interactions.append(self._interaction(k, day, members, documents))

    def _interaction(self, k: int, day: dt.date, members: list[int], documents: list[str]) -> dict:
        rng = self.rng
        participants = [self.actors[m]["id"] for m in members]
        interaction: dict = {"id": f"ix-{k + 1:06d}", "kind": rng.choices(KINDS, weights=KIND_WEIGHTS)[0],
                             "participants": participants}
        if rng.random() < 0.45:
            interaction["initiator"] = rng.choice(participants)
        if rng.random() >= 0.01:
            precision = rng.choices(PRECISIONS, weights=PRECISION_WEIGHTS)[0]
            interaction["date"] = date_text(day, precision)
            if rng.random() < 0.08:
                end = end_date(day, precision, rng)
                if end is not None:
                    interaction["endDate"] = end
        if rng.random() < 0.5:
            ci = self.country_of[members[rng.randrange(len(members))]]
            _, cname, _, _, capital, _ = self.countries[ci]
            interaction["place"] = f"{capital}, {cname}"
        if rng.random() >= 0.10:
            interaction["track"] = rng.choices(TRACKS, weights=TRACK_WEIGHTS)[0]
        if rng.random() >= 0.15:
            interaction["disclosure"] = rng.choices(DISCLOSURES, weights=DISCLOSURE_WEIGHTS)[0]
        if rng.random() >= 0.12:
            interaction["status"] = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
        topics = rng.sample(TOPICS, rng.choice([0, 1, 1, 2, 2, 3]))
        if topics:
            interaction["topics"] = topics
        sources = []
        for d in sorted(rng.sample(range(len(documents)), min(len(documents), rng.choice([1, 1, 1, 2])))):
            paragraphs = sorted(rng.sample(range(1, 81), rng.choice([1, 1, 2, 3])))
            sources.append({"document": documents[d], "paragraphs": paragraphs})
        interaction["sources"] = sources
        if rng.random() < 0.05:
            interaction["notes"] = rng.choice(NOTE_TEXTS)
        return interaction

    def generate(self) -> dict:
        self.make_actors()
        self.make_interactions()
        return {"actors": self.actors, "interactions": self.interactions}


def generate(actors: int, interactions: int, seed: int) -> dict:
    return Generator(actors, interactions, seed).generate()


def write(actors: int, interactions: int, seed: int, path: Path) -> str:
    """Writes the dataset to path (atomically) and returns its SHA-256."""
    document = generate(actors, interactions, seed)
    text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def describe(path: Path) -> str:
    document = json.loads(path.read_text(encoding="utf-8"))
    actors, interactions = document["actors"], document["interactions"]
    pairs = set()
    appearing = set()
    for interaction in interactions:
        p = interaction["participants"]
        appearing.update(p)
        for i in range(len(p)):
            for j in range(i + 1, len(p)):
                pairs.add((p[i], p[j]) if p[i] < p[j] else (p[j], p[i]))
    kinds: dict[str, int] = {}
    for actor in actors:
        kinds[actor["kind"]] = kinds.get(actor["kind"], 0) + 1
    return (f"{len(actors)} actors ({', '.join(f'{v} {k}' for k, v in kinds.items())}; "
            f"{len(appearing)} in an interaction), {len(interactions)} interactions, "
            f"{sum(len(i['participants']) for i in interactions)} participations, {len(pairs)} distinct pairs")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("actors", nargs="?", type=int, default=5000, metavar="N_ACTORS")
    parser.add_argument("interactions", nargs="?", type=int, default=20000, metavar="N_INTERACTIONS")
    parser.add_argument("seed", nargs="?", type=int, default=42, metavar="SEED")
    parser.add_argument("out", nargs="?", type=Path, metavar="OUT.json")
    args = parser.parse_args(argv)
    if args.actors < 20 or args.interactions < 1:
        parser.error("N_ACTORS must be at least 20 and N_INTERACTIONS at least 1")
    path = args.out or default_path(args.actors, args.interactions, args.seed)
    digest = write(args.actors, args.interactions, args.seed, path)
    print(f"wrote {path}: {describe(path)}; sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
