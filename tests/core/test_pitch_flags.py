"""The profile coach's flags, one sentence at a time: what a coach would flag, and would not.

Adding a flag to ``rapport.core.pitch`` means adding its rows to ``SENTENCES`` below.
"""

from __future__ import annotations

import pytest

from rapport.core.errors import NotFoundError
from rapport.core.pitch import FLAGS, PitchContext, analyse, explain, has_impact, impact_shape
from rapport.core.pitch.structure import classify

NO_CONTEXT = PitchContext()
SENTENCE_CODES = {code for code, registered in FLAGS.items() if registered.scope == "sentence"}

SENTENCES: list[tuple[str, set[str]]] = [
    # family-trivia: the speaker's own family and pets, not children as customers.
    ("My husband and I moved to Denver last spring.", {"family-trivia"}),
    ("I have two kids and a golden retriever.", {"family-trivia"}),
    ("My wife and I love hiking in the Rockies.", {"family-trivia"}),
    ("Our golden retriever, Max, comes to every meeting.", {"family-trivia"}),
    ("I'm a proud mother of three and a marketing director.", {"family-trivia"}),
    ("On weekends I coach my daughter's soccer team.", {"family-trivia"}),
    ("I built dosing software for our customers' children.", set()),
    ("I ran marketing for a children's hospital in Ohio.", set()),
    ("I design pediatric devices that parents can use at home.", set()),
    ("I rebuilt reporting for our parent company.", set()),
    ("Our sister company handles the logistics.", set()),
    ("Our family of brands sells in forty countries.", set()),
    # education-trivia: where and when the speaker studied.
    ("I graduated from Ohio State in 1992 with a BA in economics.", {"education-trivia"}),
    ("I have an MBA from Wharton.", {"education-trivia"}),
    ("I studied chemistry at Purdue thirty years ago.", {"education-trivia"}),
    ("I hire graduates from top universities.", set()),
    ("I teach in the MBA program at Duke.", set()),
    ("I sold imaging systems to university hospitals.", set()),
    ("My degree of influence grew with every launch.", set()),
    ("I graduated to running the whole region.", set()),
    ("I'm a proud University of Minnesota graduate.", {"education-trivia"}),
    ("I did my undergrad at Northwestern.", {"education-trivia"}),
    ("I'm a Carlson School alum.", {"education-trivia"}),
    ("I was educated at Oxford and the LSE.", {"education-trivia"}),
    ("I studied economics at Carleton.", {"education-trivia"}),
    ("I studied the market for six months before launch.", set()),
    ("I work at the University of Minnesota.", set()),
    ("I'm a graduate student mentor.", set()),
    # job-history-recital: positions in order, not one employer as a setting.
    ("I started at Acme in 1998, then moved to Beta, then joined Gamma.", {"job-history-recital"}),
    ("I led the launch at Duo.", set()),
    ("In 2019 I joined Duo Medical to lead its European launch.", set()),
    ("We joined forces with the sales team to fix pricing.", set()),
    # vague-claims: years of experience and self-praise in place of impact.
    ("I have 25 years of experience in finance.", {"vague-claims"}),
    ("I've been in marketing for over 20 years.", {"vague-claims"}),
    ("I'm a results-oriented team player.", {"vague-claims"}),
    ("I'm passionate about healthcare.", {"vague-claims"}),
    ("I'm a self-starter and a go-getter who thinks outside the box.", {"vague-claims"}),
    ("I'm a detail-oriented hard worker with a proven track record.", {"vague-claims"}),
    ("People say I'm a people person.", {"vague-claims"}),
    ("I spent ten years turning around failing clinics.", set()),
    # duty-language: the job description instead of what was done.
    ("I was responsible for a $40M budget and cut it by 12%.", {"duty-language"}),
    ("My duties included vendor management.", {"duty-language"}),
    ("I'm in charge of the EMEA sales team.", {"duty-language"}),
    ("I was tasked with fixing the billing system.", {"duty-language"}),
    ("I fixed the billing system, which cut late payments by a third.", set()),
    # hedging: fillers that make a prepared message sound unsure.
    ("I guess I'm kind of a generalist.", {"hedging"}),
    ("Basically, I pretty much run operations.", {"hedging"}),
    ("To be honest, I feel like I'm ready for a change.", {"hedging"}),
    ("I think I could maybe help a growing company.", {"hedging"}),
    ("I just want to help.", {"hedging"}),
    ("I think about supply chains all day.", set()),
    ("I think in systems and cash flows.", set()),
    ("We moved our plants to just-in-time inventory and cut stock by 30%.", set()),
    ("What kind of role fits me best is a finance one.", set()),
    ("I delivered it just in time for the audit.", set()),
    # Several flags at once, and a clean, strong sentence.
    (
        "I guess my wife would say I'm a results-oriented team player.",
        {"hedging", "family-trivia", "vague-claims"},
    ),
    (
        "After graduating from MIT in 1990 I was responsible for our plants.",
        {"education-trivia", "duty-language"},
    ),
    ("I cut patient falls by 40% across 12 hospitals.", set()),
    ("I'm a CFO who helps medical-device makers turn growth into cash.", set()),
]


def sentence_codes(sentence: str) -> set[str]:
    analysis = analyse(sentence, NO_CONTEXT)
    return {flag.code for flag in analysis.flags if flag.code in SENTENCE_CODES}


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_it_gives_exactly_the_flags_a_coach_would(sentence: str, expected: set[str]) -> None:
    assert sentence_codes(sentence) == expected


def test_every_sentence_flag_has_rows_in_the_table() -> None:
    covered = set().union(*(expected for _, expected in SENTENCES))
    assert covered == SENTENCE_CODES


def test_it_flags_a_recital_spread_over_several_dated_sentences() -> None:
    text = "In 2005 I joined Acme. In 2008 I joined Beta. In 2012 I moved to Gamma."
    analysis = analyse(text, NO_CONTEXT)
    recital = [f for f in analysis.flags if f.code == "job-history-recital"]
    assert [f.sentence for f in recital] == [s.text for s in analysis.sentences]


RECITALS: list[tuple[str, int]] = [
    # Oldest first, with the usual "after…", "from there".
    (
        "I started my career as an auditor at Deloitte. After three years I moved to 3M as a"
        " financial analyst. From 3M I went to Ecolab, where I was a controller.",
        3,
    ),
    # Newest first: "before that", "prior to that".
    (
        "Currently I'm finance director at Pentair. Before Pentair I was controller at Ecolab"
        " for six years. Prior to that I was an analyst at 3M. My career began at Deloitte.",
        4,
    ),
    # No sequence words at all: one post after another.
    (
        "I was an auditor at Deloitte. I was an analyst at 3M. I was a controller at Ecolab."
        " Now I am finance director at Pentair.",
        4,
    ),
    # Employers as the setting of results are not a recital.
    (
        "At Duo Medical, I cut the close from 12 days to 4. At Medtronic I saved $3.2M on"
        " suppliers. At 3M I led an integration in 9 months.",
        0,
    ),
    ("I was a controller at Ecolab, where I cut the close from 10 days to 5.", 0),
    ("I was a controller at Ecolab. Before Ecolab I was at 3M.", 0),
]


@pytest.mark.parametrize(("text", "flagged"), RECITALS)
def test_it_flags_a_recital_of_posts_in_any_order(text: str, flagged: int) -> None:
    codes = [f.code for f in analyse(text, NO_CONTEXT).flags]
    assert codes.count("job-history-recital") == flagged


def test_it_does_not_call_one_dated_move_a_recital() -> None:
    text = "In 2019 I joined Duo. I cut its month-end close from 12 days to 4."
    assert "job-history-recital" not in sentence_codes(text)


def test_an_old_degree_is_serious_and_a_recent_mention_minor() -> None:
    old = analyse("I graduated from Ohio State thirty years ago.", NO_CONTEXT)
    plain = analyse("I have an MBA from Wharton.", NO_CONTEXT)
    assert [f.severity for f in old.flags if f.code == "education-trivia"] == ["serious"]
    assert [f.severity for f in plain.flags if f.code == "education-trivia"] == ["minor"]


IMPACT: list[tuple[str, bool]] = [
    ("I cut patient falls by 40%.", True),
    ("I closed a $12M funding round.", True),
    ("We shipped the new app in 3 weeks.", True),
    ("I doubled recurring revenue.", True),
    ("I halved the month-end close.", True),
    ("I hired 40 engineers in two years.", True),
    ("I cut onboarding from 3 months to 3 weeks.", True),
    ("I cut hiring time by half.", True),
    ("I lowered supply costs by a third.", True),
    ("I was responsible for a $40M budget and cut it by 12%.", True),
    ("I have 25 years of experience.", False),
    ("In 2019 I joined Duo Medical.", False),
    ("I managed a team of 12 engineers.", False),
    ("I spent 10 years at Acme.", False),
    ("My wife and I have two kids.", False),
    ("I worked at 3M on adhesives.", False),
    ("I'm from Ohio and have 2 kids.", False),
]


@pytest.mark.parametrize(("sentence", "impact"), IMPACT)
def test_it_counts_only_results_with_a_number_as_impact(sentence: str, impact: bool) -> None:
    assert has_impact(sentence) is impact
    codes = {f.code for f in analyse(sentence, NO_CONTEXT).flags}
    assert ("no-quantified-impact" in codes) is not impact


TARGET_CONTEXT = PitchContext(
    target_positions=("VP Finance",),
    target_industries=("medical devices",),
    target_companies=("Stryker", "Insulet"),
)
TARGETS: list[tuple[str, PitchContext, bool]] = [
    ("I'm looking for a CFO role in medical devices.", NO_CONTEXT, True),
    ("My next role is running finance for a device maker.", NO_CONTEXT, True),
    ("I'd love to join a Series B startup as its first controller.", NO_CONTEXT, True),
    ("If you know anyone at Stryker, I'd appreciate an introduction.", NO_CONTEXT, True),
    ("Insulet is the kind of company I admire.", TARGET_CONTEXT, True),
    ("I want to grow a medical-device business.", TARGET_CONTEXT, True),
    ("Insulet is the kind of company I admire.", NO_CONTEXT, False),
    ("I cut patient falls by 40%.", NO_CONTEXT, False),
    ("I'm open to new ideas.", NO_CONTEXT, False),
    # Ordinary phrasings of a target, with no plan to lean on.
    ("I want to become a product director at a fintech in Toronto.", NO_CONTEXT, True),
    (
        "Looking for a senior data analyst role at companies like Target or Best Buy.",
        NO_CONTEXT,
        True,
    ),
    (
        "I'd like to become head of supply chain at a food manufacturer in the Twin Cities.",
        NO_CONTEXT,
        True,
    ),
    (
        "My aim is a controller position at a mid-size manufacturer in Minneapolis.",
        NO_CONTEXT,
        True,
    ),
    ("I hope to lead finance at a device company in the Twin Cities.", NO_CONTEXT, True),
    ("I'm after a plant manager job in food processing.", NO_CONTEXT, True),
    (
        "Now I search a position as project manager in automotive industry in Munich.",
        NO_CONTEXT,
        True,
    ),
    ("What I want next is a VP Marketing role at a consumer brand.", NO_CONTEXT, True),
    ("The role I want is product manager at a SaaS company in Austin.", NO_CONTEXT, True),
    ("Next, I'd love to run operations for a regional hospital system.", NO_CONTEXT, True),
    ("I became a manager in 2015.", NO_CONTEXT, False),
    ("I want to become better at public speaking.", NO_CONTEXT, False),
    ("I worked at companies like Target and Best Buy.", NO_CONTEXT, False),
]


@pytest.mark.parametrize(("sentence", "ctx", "named"), TARGETS)
def test_a_target_can_be_named_without_the_word_target(
    sentence: str, ctx: PitchContext, named: bool
) -> None:
    codes = {f.code for f in analyse(sentence, ctx).flags}
    assert ("no-target" not in codes) is named


ASKS: list[tuple[str, bool]] = [
    ("If you know anyone at Stryker, I'd appreciate an introduction.", True),
    ("Who do you know in finance at Boston Scientific?", True),
    ("I'm looking to talk with people who run finance at device makers.", True),
    ("Could you introduce me to your CFO?", True),
    ("I'd welcome any suggestions of people to meet.", True),
    ("I'm looking for a CFO role in medical devices.", False),
    ("I know a lot of people in finance.", False),
    # Ordinary phrasings of an ask: an introduction to a kind of person, "if you know…".
    (
        "I'd be grateful for an introduction to a head of product at companies like Shopify.",
        True,
    ),
    ("An introduction to a plant manager at a company like 3M would help me most.", True),
    ("If you know a CFO at a mid-size device maker, I'd love to meet them.", True),
    ("I'd love to meet people who lead supply chain at Target or Best Buy.", True),
    ("If you know someone who works in hospital procurement, please let me know.", True),
    ("Please think of anyone at Cargill or General Mills you could connect me with.", True),
    ("Do you know a recruiter at Epic?", True),
    ("I'm hoping you can point me to people in logistics at UPS or FedEx.", True),
    ("Would you be willing to introduce me to your contacts at Ecolab?", True),
    ("Who comes to mind at Medtronic or Abbott?", True),
    ("Can you think of anyone at Boston Scientific I should talk to?", True),
    ("Please, if you know somebody in Siemens, I would be very thankful for a contact.", True),
    ("I would be happy if you could connect me to people at Bosch.", True),
    ("Any introduction to people at Stryker would be very welcome.", True),
    ("I introduced a new pricing model that our CFO loved.", False),
    ("I'd love to lead a team again.", False),
    ("I connected our sales team with engineering.", False),
    ("If you have any questions, just ask.", False),
]


@pytest.mark.parametrize(("sentence", "asks"), ASKS)
def test_it_recognises_an_ask_for_help(sentence: str, asks: bool) -> None:
    codes = {f.code for f in analyse(sentence, NO_CONTEXT).flags}
    assert ("no-ask" not in codes) is asks


PARTS: list[tuple[str, str | None]] = [
    ("I'm a CFO who helps device makers turn growth into cash.", "present"),
    ("I help hospitals buy equipment they actually use.", "present"),
    ("At Duo, I cut the month-end close from 12 days to 4.", "past"),
    ("I renegotiated our supplier contracts.", "past"),
    ("I'm looking for a VP Finance role in medical devices.", "future"),
    ("If you know anyone at Insulet, I'd appreciate an introduction.", "future"),
    ("The weather was lovely.", None),
]


@pytest.mark.parametrize(("sentence", "part"), PARTS)
def test_it_places_each_sentence_in_present_past_or_future(sentence: str, part: str) -> None:
    assert classify(sentence, NO_CONTEXT, has_impact(sentence)) == part


@pytest.mark.parametrize("code", sorted(FLAGS))
def test_every_flag_is_documented(code: str) -> None:
    doc = explain(code)
    assert doc.code == code
    assert all(part.strip() for part in (doc.title, doc.why, doc.fix, doc.pattern))


def test_it_registers_the_documented_codes() -> None:
    assert set(FLAGS) == {
        "family-trivia",
        "education-trivia",
        "job-history-recital",
        "vague-claims",
        "duty-language",
        "hedging",
        "no-quantified-impact",
        "no-target",
        "no-ask",
        "too-long",
        "too-short",
    }


def test_explaining_an_unknown_code_is_an_error_the_user_can_act_on() -> None:
    with pytest.raises(NotFoundError, match="no-such-flag"):
        explain("no-such-flag")


SHAPES: list[tuple[str, str]] = [
    (
        "I was responsible for the supplier contracts for our hospitals.",
        "I [action] the supplier contracts for our hospitals, which [result] by [number] in [time]",
    ),
    (
        "I cut patient falls by 40% in six months.",
        "I cut patient falls for [whom], which [result] by 40% in six months",
    ),
    (
        "At Duo, I led the ERP migration, which cut reporting errors by 40%.",
        "I led the ERP migration for [whom], which cut reporting errors by 40% in [time]",
    ),
    (
        "I have 25 years of experience.",
        "I [action] [what] for [whom], which [result] by [number] in [time]",
    ),
    (
        # A modal verb is not the action: "would describe myself" says nothing was done.
        "I would describe myself as a results-oriented team player.",
        "I [action] [what] for [whom], which [result] by [number] in [time]",
    ),
]


@pytest.mark.parametrize(("sentence", "shape"), SHAPES)
def test_impact_shape_keeps_what_the_sentence_already_says(sentence: str, shape: str) -> None:
    assert impact_shape(sentence) == shape
