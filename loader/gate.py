"""The one gate every write passes: SHACL validation of the change, then an atomic commit.

FIRST VERSION (to be replaced by the issue-6 gate): validates the change's graphs plus the
rdf:type / skos:inScheme of every IRI they reference (a context graph), without focus_nodes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyshacl
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SH, SKOS

from .errors import ValidationFailed, Violation
from .store.base import Change, Store


@dataclass
class GateResult:
    """The verdict on a change: blocking violations and non-blocking warnings."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    report_graph: Graph | None = None

    @property
    def warnings(self) -> list[Violation]:
        return [v for v in self.violations if v.severity != "Violation"]


class Gate:
    """Validates changes against the shapes and commits them whole or not at all."""

    def __init__(self, store: Store, shapes: Graph, ontology: Graph | None = None) -> None:
        self.store = store
        self.shapes = shapes
        self.ontology = ontology

    def context_graph(self, change: Change) -> Graph:
        data = Graph()
        for graph in change.replace.values():
            data += graph
        for s, p, o, _ in change.add:
            data.add((s, p, o))
        refs = {o for o in data.objects() if isinstance(o, URIRef)} - set(data.subjects())
        if refs:
            values = " ".join(r.n3() for r in refs)
            data += self.store.construct(
                "CONSTRUCT { ?x a ?t . ?x <%s> ?s } WHERE { VALUES ?x { %s } "
                "{ ?x a ?t } UNION { ?x <%s> ?s } }" % (SKOS.inScheme, values, SKOS.inScheme))
        return data

    def check(self, change: Change, *, file: str | None = None) -> GateResult:
        """Validate ``change``; never writes."""
        data = self.context_graph(change)
        conforms, report, _ = pyshacl.validate(data, shacl_graph=self.shapes, ont_graph=self.ontology,
                                               inference="none", advanced=True, allow_warnings=True)
        return GateResult(conforms=conforms, violations=violations_of(report), report_graph=report)

    def commit(self, change: Change, *, file: str | None = None) -> GateResult:
        """Validate then apply ``change`` atomically.

        :raises ValidationFailed: the change breaks a shape; nothing was written.
        :raises StoreError: the store failed; nothing was written.
        """
        result = self.check(change, file=file)
        if not result.conforms:
            raise ValidationFailed(result.violations, file=file, report_graph=result.report_graph)
        self.store.apply(change)
        return result


def violations_of(report: Graph) -> list[Violation]:
    """The results of a SHACL validation report graph, as :class:`Violation` objects."""
    out: list[Violation] = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def one(p: URIRef) -> str | None:
            value = report.value(result, p)
            return None if value is None else str(value)

        severity = one(SH.resultSeverity) or str(SH.Violation)
        out.append(Violation(
            focus_node=one(SH.focusNode) or "",
            path=one(SH.resultPath),
            value=one(SH.value),
            message=one(SH.resultMessage) or "constraint violated",
            severity=severity.rsplit("#", 1)[-1],
            constraint=(one(SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1] or None,
            shape=one(SH.sourceShape),
        ))
    return sorted(out, key=lambda v: (v.focus_node, v.path or "", v.message))
