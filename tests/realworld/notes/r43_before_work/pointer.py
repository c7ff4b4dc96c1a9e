"""The pointer forms of the brief, on the clause up to the figure (left context)."""
import re
NOUNS = r"(?:figure|figures|number|numbers|total|rate|level|percentage|proportion|amount|sum|count)"
DET = r"(?:this|that|the|its|last\s+year['’]s|this\s+year['’]s|the\s+latest|the\s+current|the\s+overall|the\s+new|the\s+final)"
VERB = (r"(?:was|is|were|are|stood|stands|standing|had|has|have|rose|fell|increased|decreased|reached|grew|dropped|went|"
        r"remains|remained|now|currently|at|of|to|reduced|risen|fallen|increase[sd]?|equates|represents)")
FORMS = {
    'P1 det+generic noun+verb': re.compile(rf"(?i)\b{DET}\s+(?:\w+\s+)?{NOUNS}\b(?!\s+of\b)(?:\s+[\w'’]+){{0,5}}?\s+{VERB}\b[^.;:]{{0,60}}$"),
    'P2 this/which equates/represents': re.compile(r"(?i)\b(?:this|which|that|it|these|they)\s+(?:\w+\s+){0,2}(?:equates?|equated|represents?|represented|amounts?|amounted|means|meant|equivalent|translates?|translated|works?\s+out)\b[^.;:]{0,60}$"),
    'P3 level word': re.compile(r"(?i)\b(?:a|an|its|the)\s+(?:new\s+|all[\s-]time\s+|record\s+)?(?:high|peak|record|low|maximum|minimum|height)\s+of\s*(?:around\s+|about\s+|some\s+|nearly\s+|almost\s+)?[£$]?\s*$"),
    'P4 which/it/this is N': re.compile(r"(?i)(?:^|[,;(]\s*|\b(?:and|but)\s+)(?:which|this|it|that|these)\s+(?:\w+\s+){0,2}(?:is|was|were|are|stood|stands|has|had|now|currently)\b[^.;:]{0,40}$"),
}
def form_of(left: str) -> str:
    tail = left[-160:]
    for name, rx in FORMS.items():
        if rx.search(tail):
            return name
    return ''
