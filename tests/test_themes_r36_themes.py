"""Round 36 (r36themes): a declaration of a member's interest by its kind and a report's byline are procedure.

Each line below was written for the test. On BASE b8f51c33 the first three are coded a theme by the item's, the
member's or the author's title words (SEND, SEND, finance); the guards keep their themes on both.
"""
from analysis.topics import assign_themes, byline, interest_line, load_codebook, match_theme, parse_codebook

DECLARATION = ("(a) Councillor P Jones - Agenda Item 4 (SEND Strategy) - Parent of a child with special educational "
               "needs and disabilities - non-pecuniary interest")
NON_PECUNIARY = "Agenda item 7. High Needs Block Update, Councillor R Patel, Non Pecuniary, as a governor of a special school."
AUTHOR = "Author: Sam Taylor - Deputy Finance Director (01234 567890)"


def test_declarations_by_kind_are_other():
    assert assign_themes([DECLARATION, NON_PECUNIARY]) == ["other", "other"]
    cb = load_codebook()
    assert match_theme(DECLARATION, cb).theme == "other"


def test_byline_is_other():
    assert assign_themes([AUTHOR, "Officer contact: Jo Bloggs, Head of Fostering, tel 0161 000 0000"]) == ["other", "other"]


def test_declaration_going_on_to_business_keeps_its_theme():
    text = ("Cllr L declared a personal interest as a foster carer. The Panel then received the fostering report on "
            "foster carer recruitment and the adoption scorecard.")
    assert not interest_line(text, load_codebook())
    assert assign_themes([text]) == ["fostering_adoption"]


def test_not_a_byline_keeps_its_theme():
    contacts = "Contacts - re-contact rates for child protection referrals had fallen to 12%."
    assert not byline(contacts, load_codebook())
    assert assign_themes([contacts]) == ["safeguarding"]
    long_line = ("Report author: the Head of Inclusion. " + "The SEND strategy sets out how EHCP timeliness will "
                 "improve, with annual reviews completed on time and more special school places. " * 2)
    assert not byline(long_line, load_codebook())
    assert assign_themes([long_line]) == ["send"]


def test_researcher_codebook_term_in_the_rest_keeps_the_line_themed():
    text = "Cllr A - Item 5 (SEND review) - non-pecuniary interest. The Forum then discussed exclusions."
    kinds = ["pecuniary"]  # (r37tidy) the kinds are the codebook's interest_kinds
    one = parse_codebook({"themes": [{"id": "send", "name": "SEND", "terms": ["SEND"]},
                                     {"id": "att", "name": "Attendance", "terms": ["attendance"]}],
                          "interest_kinds": kinds})
    two = parse_codebook({"themes": [{"id": "send", "name": "SEND", "terms": ["SEND"]},
                                     {"id": "att", "name": "Attendance", "terms": ["attendance", "exclusions"]}],
                          "interest_kinds": kinds})
    assert match_theme(text, one).theme == "other"  # the item's name only: a declaration
    assert match_theme(text, two).theme != "other"  # the researcher's term names business beyond the declaration
