"""council-minutes: from councils' committee minutes to clean segments, figures, topics and reports.

Stages, one module each, each writing to ``data/processed/`` what the next reads:

``corpus``   manifest and documents (txt, html, pdf) -> ``documents`` and ``text/<doc_id>.txt``
``clean``    normalised, segmented text with raw offsets -> ``segments``
``figures``  measured numbers with indicator and provenance -> ``figures``, ``numbers``
``topics``   clusters and codebook themes -> ``topics``, ``topic_terms``
``compare``  per-council and cross-council tables for the reports
``report``   HTML helpers for the report notebooks

Shared plumbing: ``paths`` (where things live), ``io`` (atomic table writes),
``schemas`` (declared table schemas checked after every stage), ``errors``.
"""

__version__ = "0.1.0"
