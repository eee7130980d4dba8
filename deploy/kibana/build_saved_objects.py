#!/usr/bin/env python3
"""Writes saved-objects.ndjson (Kibana data views, Lens visualizations, the "Screening analytics"
dashboard) and FIELDS.md (every Elasticsearch field those objects read) from one description.

Run after changing a panel:  python3 deploy/kibana/build_saved_objects.py
The index names and field names follow the query-api index templates
(query-api/src/main/resources/elasticsearch/*.json); deploy/validate.py checks them against those
templates when they are present.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

CORE_MIGRATION = "8.8.0"
LENS_MIGRATION = "8.9.0"
DASHBOARD_MIGRATION = "8.7.0"
DATA_VIEW_MIGRATION = "8.0.0"
VISUALIZATION_MIGRATION = "8.5.0"

# Selected = a band a recruiter would normally interview from; used by the funnel and fairness panels.
SELECTED_KQL = 'band : ("STRONG" or "GOOD")'

# Demographic data is never inferred. If an organization lets candidates supply it voluntarily, the
# screenings projection can carry it as the keyword field voluntaryDemographics.group. Until that field is
# mapped, this runtime field emits nothing and the fairness panel stays empty instead of failing.
FAIRNESS_FIELD = "voluntaryDemographics.group"
FAIRNESS_RUNTIME_FIELD = "fairnessGroup"
FAIRNESS_SCRIPT = (
    f"if (doc.containsKey('{FAIRNESS_FIELD}') && doc['{FAIRNESS_FIELD}'].size() > 0) "
    f"{{ emit(doc['{FAIRNESS_FIELD}'].value); }}"
)

# Data views point at the aliases the query-api reads through (shortlist-<name> over shortlist-<name>-v<n>),
# not at a wildcard: during a projection rebuild both versions exist and a wildcard would count twice.
DATA_VIEWS = {
    "shortlist-screenings": {"name": "Shortlist screenings", "time": "scoredAt",
                             "runtime": {FAIRNESS_RUNTIME_FIELD: {"type": "keyword",
                                                                  "script": {"source": FAIRNESS_SCRIPT}}}},
    "shortlist-resumes": {"name": "Shortlist resumes", "time": "parsedAt"},
    "shortlist-batches": {"name": "Shortlist batches", "time": "createdAt"},
    "shortlist-jobs": {"name": "Shortlist jobs", "time": "postedAt"},
    "shortlist-history": {"name": "Shortlist history (audit timeline)", "time": "occurredAt"},
    "shortlist-screening-history": {"name": "Shortlist screening history (every scoring)", "time": "occurredAt"},
}

# Fields read by panels, beyond each data view's time field: (data view, field, type, used for).
used_fields = []


def use(view, field, es_type, purpose):
    entry = (view, field, es_type, purpose)
    if entry not in used_fields:
        used_fields.append(entry)
    return field


# ----------------------------------------------------------------------------------------- columns

def count(label="Screenings", kql=None):
    column = {"label": label, "customLabel": True, "dataType": "number", "operationType": "count",
              "isBucketed": False, "scale": "ratio", "sourceField": "___records___",
              "params": {"emptyAsNull": False}}
    if kql:
        column["filter"] = {"query": kql, "language": "kuery"}
    return column


def metric(operation, view, field, label, purpose, es_type="integer"):
    return {"label": label, "customLabel": True, "dataType": "number", "operationType": operation,
            "isBucketed": False, "scale": "ratio", "sourceField": use(view, field, es_type, purpose),
            "params": {"emptyAsNull": True}}


def terms(view, field, label, size, purpose, order_by=None, es_type="keyword", other=True):
    return {"label": label, "customLabel": True, "dataType": "string", "operationType": "terms",
            "isBucketed": True, "scale": "ordinal", "sourceField": use(view, field, es_type, purpose),
            "params": {"size": size, "orderBy": order_by or {"type": "alphabetical", "fallback": True},
                       "orderDirection": "desc" if order_by else "asc", "otherBucket": other,
                       "missingBucket": False, "parentFormat": {"id": "terms"}}}


def score_ranges(view):
    ranges = [{"from": low, "to": low + 10, "label": f"{low}-{low + 10}"} for low in range(0, 100, 10)]
    ranges[-1]["to"] = 100.0001  # a perfect 100 belongs to the last bin
    return {"label": "Score", "customLabel": True, "dataType": "number", "operationType": "range",
            "isBucketed": True, "scale": "ordinal",
            "sourceField": use(view, "score", "float", "score distribution bins (0-100)"),
            "params": {"type": "range", "ranges": ranges, "maxBars": "auto", "parentFormat": {"id": "range"}}}


def date_histogram(view, field, label, purpose):
    return {"label": label, "customLabel": True, "dataType": "date", "operationType": "date_histogram",
            "isBucketed": True, "scale": "interval", "sourceField": use(view, field, "date", purpose),
            "params": {"interval": "auto", "includeEmptyRows": True, "dropPartials": False}}


def kql_buckets(label, buckets):
    return {"label": label, "customLabel": True, "dataType": "string", "operationType": "filters",
            "isBucketed": True, "scale": "ordinal",
            "params": {"filters": [{"label": name, "input": {"query": kql, "language": "kuery"}}
                                   for name, kql in buckets]}}


def ratio_formula(column_id, label, numerator_kql, relative_to_max=False):
    """A Lens formula column with the helper columns Lens stores beside it.

    selection rate = count(kql=<selected>) / count()
    impact ratio   = selection rate / overall_max(selection rate)   (relative_to_max=True)
    """
    rate_text = f"count(kql='{numerator_kql}') / count()"
    columns = {}

    def helper(suffix, column):
        columns[f"{column_id}X{suffix}"] = column
        return f"{column_id}X{suffix}"

    def part(column):
        column.update({"label": f"Part of {label}", "customLabel": True})
        return column

    selected = helper(0, part(count(kql=numerator_kql)))
    everyone = helper(1, part(count()))
    if not relative_to_max:
        formula = rate_text
        result = helper(2, part({"dataType": "number", "operationType": "math", "isBucketed": False,
                                 "scale": "ratio", "references": [selected, everyone],
                                 "params": {"tinymathAst": {"type": "function", "name": "divide",
                                                            "args": [selected, everyone],
                                                            "location": {"min": 0, "max": len(formula)},
                                                            "text": formula}}}))
    else:
        formula = f"({rate_text}) / overall_max({rate_text})"
        selected_all = helper(2, part(count(kql=numerator_kql)))
        everyone_all = helper(3, part(count()))
        inner = helper(4, part({"dataType": "number", "operationType": "math", "isBucketed": False,
                                "scale": "ratio", "references": [selected_all, everyone_all],
                                "params": {"tinymathAst": {"type": "function", "name": "divide",
                                                           "args": [selected_all, everyone_all],
                                                           "location": {"min": 0, "max": len(rate_text)},
                                                           "text": rate_text}}}))
        top = helper(5, part({"dataType": "number", "operationType": "overall_max", "isBucketed": False,
                              "scale": "ratio", "references": [inner]}))
        result = helper(6, part({"dataType": "number", "operationType": "math", "isBucketed": False,
                                 "scale": "ratio", "references": [selected, everyone, top],
                                 "params": {"tinymathAst": {
                                     "type": "function", "name": "divide",
                                     "args": [{"type": "function", "name": "divide", "args": [selected, everyone],
                                               "location": {"min": 1, "max": 1 + len(rate_text)},
                                               "text": rate_text},
                                              top],
                                     "location": {"min": 0, "max": len(formula)}, "text": formula}}}))
    columns[column_id] = {"label": label, "customLabel": True, "dataType": "number", "operationType": "formula",
                          "isBucketed": False, "scale": "ratio", "references": [result],
                          "params": {"formula": formula, "isFormulaBroken": False,
                                     "format": {"id": "percent", "params": {"decimals": 0}}}}
    return columns


# --------------------------------------------------------------------------------------- lens objects

def lens(object_id, title, description, view, vis_type, columns, visualization, query=""):
    layer = "layer1"
    return {
        "id": object_id,
        "type": "lens",
        "attributes": {
            "title": title,
            "description": description,
            "visualizationType": vis_type,
            "state": {
                "datasourceStates": {"formBased": {"layers": {layer: {
                    "columns": columns, "columnOrder": list(columns.keys()), "incompleteColumns": {}}}}},
                "visualization": visualization,
                "query": {"query": query, "language": "kuery"},
                "filters": [],
                "internalReferences": [],
                "adHocDataViews": {},
            },
        },
        "references": [{"type": "index-pattern", "id": view, "name": f"indexpattern-datasource-layer-{layer}"}],
        "coreMigrationVersion": CORE_MIGRATION,
        "typeMigrationVersion": LENS_MIGRATION,
        "managed": False,
    }


def xy(series_type, x, accessors, split=None, legend=True):
    layer = {"layerId": "layer1", "layerType": "data", "seriesType": series_type, "xAccessor": x,
             "accessors": accessors, "position": "top", "showGridlines": False}
    if split:
        layer["splitAccessor"] = split
    return {"legend": {"isVisible": legend, "position": "right"}, "valueLabels": "hide",
            "fittingFunction": "None", "preferredSeriesType": series_type, "layers": [layer],
            "axisTitlesVisibilitySettings": {"x": True, "yLeft": True, "yRight": True},
            "tickLabelsVisibilitySettings": {"x": True, "yLeft": True, "yRight": True},
            "gridlinesVisibilitySettings": {"x": True, "yLeft": True, "yRight": True}}


def build_lenses():
    s, r, b = "shortlist-screenings", "shortlist-resumes", "shortlist-batches"
    scored = 'status : "SCORED"'
    use(s, "status", "keyword", "SCORED / FAILED / ERASED filter")
    objects = []

    objects.append(lens(
        "shortlist-lens-score-distribution", "Score distribution per job",
        "Scored screenings in 10-point score bins, stacked by job (top 8 jobs by volume).",
        s, "lnsXY",
        {"bins": score_ranges(s),
         "job": terms(s, "jobId", "Job", 8, "split by job", {"type": "column", "columnId": "count"}),
         "count": count()},
        xy("bar_stacked", "bins", ["count"], split="job"), query=scored))

    objects.append(lens(
        "shortlist-lens-missing-skills", "Most-missing skills",
        "Required or preferred skills most often absent from scored resumes (taxonomy names).",
        s, "lnsXY",
        {"skill": terms(s, "missingSkills", "Missing skill", 15, "skill gaps",
                        {"type": "column", "columnId": "count"}, other=False),
         "count": count("Screenings missing it")},
        xy("bar_horizontal", "skill", ["count"], legend=False), query=scored))

    use(s, "band", "keyword", "band funnel, selection (STRONG or GOOD)")
    objects.append(lens(
        "shortlist-lens-band-funnel", "Band funnel",
        "How many scored screenings reach each band or better. Bands guide review; nothing is rejected automatically.",
        s, "lnsXY",
        {"stage": kql_buckets("Stage", [
            ("Scored", scored),
            ("Partial or better", 'band : ("STRONG" or "GOOD" or "PARTIAL")'),
            ("Good or better", SELECTED_KQL),
            ("Strong", 'band : "STRONG"')]),
         "count": count()},
        xy("bar_horizontal", "stage", ["count"], legend=False)))

    objects.append(lens(
        "shortlist-lens-batch-throughput", "Batch throughput",
        "Resumes finished per period by completed batches, split into succeeded and failed.",
        b, "lnsXY",
        {"time": date_histogram(b, "completedAt", "Completed", "batch completion time"),
         "succeeded": metric("sum", b, "succeeded", "Succeeded", "resumes screened per batch"),
         "failed": metric("sum", b, "failed", "Failed", "resumes that failed per batch")},
        xy("bar_stacked", "time", ["succeeded", "failed"]),
        query='status : ("COMPLETED" or "COMPLETED_WITH_FAILURES")'))
    use(b, "status", "keyword", "completed batches only")

    objects.append(lens(
        "shortlist-lens-batch-rate", "Median batch rate (resumes/s)",
        "Median of each batch's overall rate, over batches that reported one.",
        b, "lnsMetric",
        {"rate": metric("median", b, "resumesPerSecond", "Resumes per second", "batch rate", "float")},
        {"layerId": "layer1", "layerType": "data", "metricAccessor": "rate"}))

    objects.append(lens(
        "shortlist-lens-parse-failures", "Parse failures by reason",
        "Resumes whose text could not be read, by reason (NO_TEXT = scanned image without a text layer, ...).",
        r, "lnsPie",
        {"reason": terms(r, "failureReason", "Reason", 10, "parse failure reasons",
                         {"type": "column", "columnId": "count"}),
         "count": count("Resumes")},
        {"shape": "donut", "layers": [{"layerId": "layer1", "layerType": "data", "primaryGroups": ["reason"],
                                       "metrics": ["count"], "numberDisplay": "value",
                                       "categoryDisplay": "default", "legendDisplay": "default",
                                       "nestedLegend": False}]},
        query='status : "PARSE_FAILED"'))
    use(r, "status", "keyword", "PARSE_FAILED filter")

    fairness_columns = {"group": {"label": "Group (voluntarily supplied)", "customLabel": True, "dataType": "string",
                                  "operationType": "terms", "isBucketed": True, "scale": "ordinal",
                                  "sourceField": FAIRNESS_RUNTIME_FIELD,
                                  "params": {"size": 20, "orderBy": {"type": "alphabetical", "fallback": True},
                                             "orderDirection": "asc", "otherBucket": True, "missingBucket": False}},
                        "count": count()}
    fairness_columns.update(ratio_formula("rate", "Selection rate", SELECTED_KQL))
    fairness_columns.update(ratio_formula("impact", "Impact ratio", SELECTED_KQL, relative_to_max=True))
    use(s, FAIRNESS_FIELD, "keyword (optional, absent unless supplied)",
        f"fairness groups, through the data view's runtime field {FAIRNESS_RUNTIME_FIELD}")
    objects.append(lens(
        "shortlist-lens-fairness", "Fairness: selection rate and impact ratio by group",
        "Only filled when candidates voluntarily supplied demographic data (field voluntaryDemographics.group); "
        "Shortlist never infers it. Selection = band STRONG or GOOD. Impact ratio = a group's selection rate "
        "divided by the highest group's; below 0.8 (the four-fifths rule of thumb) deserves a closer look.",
        s, "lnsDatatable", fairness_columns,
        {"layerId": "layer1", "layerType": "data",
         "columns": [{"columnId": "group"}, {"columnId": "count"}, {"columnId": "rate"},
                     {"columnId": "impact"}]},
        query=scored))
    return objects


def data_view(view_id, spec):
    return {
        "id": view_id,
        "type": "index-pattern",
        "attributes": {
            "title": view_id,
            "name": spec["name"],
            "timeFieldName": spec["time"],
            "runtimeFieldMap": json.dumps(spec.get("runtime", {}), separators=(",", ":")),
            "fieldAttrs": "{}",
            "fieldFormatMap": "{}",
            "sourceFilters": "[]",
            "fields": "[]",
            "typeMeta": "{}",
            "allowNoIndex": True,
        },
        "references": [],
        "coreMigrationVersion": CORE_MIGRATION,
        "typeMigrationVersion": DATA_VIEW_MIGRATION,
        "managed": False,
    }


ABOUT = """**Screening analytics** over the query-api projections.

* Every panel covers all organizations in this Elasticsearch: filter on `organizationId` to look at one.
* Bands guide review; Shortlist never rejects a candidate automatically.
* *Fairness* stays empty unless candidates voluntarily supplied demographic data \
(`voluntaryDemographics.group`); Shortlist never infers it from names, photos or addresses."""


def about_panel():
    vis_state = {"title": "About these analytics", "type": "markdown", "aggs": [],
                 "params": {"fontSize": 12, "openLinksInNewTab": False, "markdown": ABOUT}}
    return {
        "id": "shortlist-about-analytics",
        "type": "visualization",
        "attributes": {
            "title": "About these analytics",
            "description": "",
            "visState": json.dumps(vis_state, separators=(",", ":")),
            "uiStateJSON": "{}",
            "version": 1,
            "kibanaSavedObjectMeta": {"searchSourceJSON": json.dumps(
                {"query": {"query": "", "language": "kuery"}, "filter": []}, separators=(",", ":"))},
        },
        "references": [],
        "coreMigrationVersion": CORE_MIGRATION,
        "typeMigrationVersion": VISUALIZATION_MIGRATION,
        "managed": False,
    }


def dashboard(panels):
    # (object, x, y, w, h) on Kibana's 48-column grid
    panels_json, references = [], []
    for index, (obj, x, y, w, h) in enumerate(panels, start=1):
        panel_id = f"p{index}"
        panels_json.append({"version": "8.19.0", "type": obj["type"], "panelIndex": panel_id,
                            "gridData": {"x": x, "y": y, "w": w, "h": h, "i": panel_id},
                            "embeddableConfig": {"enhancements": {}}, "panelRefName": f"panel_{panel_id}"})
        references.append({"name": f"{panel_id}:panel_{panel_id}", "type": obj["type"], "id": obj["id"]})
    return {
        "id": "shortlist-screening-analytics",
        "type": "dashboard",
        "attributes": {
            "title": "Screening analytics",
            "description": "Score distributions, skill gaps, band funnel, batch throughput, parse failures and "
                           "fairness impact ratios (when demographic data is voluntarily supplied).",
            "panelsJSON": json.dumps(panels_json, separators=(",", ":")),
            "optionsJSON": json.dumps({"useMargins": True, "syncColors": False, "syncCursor": True,
                                       "syncTooltips": False, "hidePanelTitles": False}, separators=(",", ":")),
            "timeRestore": True,
            "timeFrom": "now-30d",
            "timeTo": "now",
            "refreshInterval": {"pause": True, "value": 60000},
            "kibanaSavedObjectMeta": {"searchSourceJSON": json.dumps(
                {"query": {"query": "", "language": "kuery"}, "filter": []}, separators=(",", ":"))},
            "version": 1,
        },
        "references": references,
        "coreMigrationVersion": CORE_MIGRATION,
        "typeMigrationVersion": DASHBOARD_MIGRATION,
        "managed": False,
    }


def fields_markdown():
    lines = [
        "# Elasticsearch fields the Kibana saved objects read",
        "",
        "Generated by `build_saved_objects.py` together with `saved-objects.ndjson`; do not edit by hand.",
        "`deploy/validate.py` checks every row against the query-api index templates",
        "(`query-api/src/main/resources/elasticsearch/*.json`). Rows marked optional are not mapped today.",
        "",
        "| data view (alias) | field | type | used for |",
        "|---|---|---|---|",
    ]
    for view_id, spec in DATA_VIEWS.items():
        lines.append(f"| {view_id} | {spec['time']} | date | time field of the data view |")
    for view, field, es_type, purpose in sorted(used_fields):
        lines.append(f"| {view} | {field} | {es_type} | {purpose} |")
    lines += [
        "",
        f"Runtime field `{FAIRNESS_RUNTIME_FIELD}` (data view `shortlist-screenings`) reads `{FAIRNESS_FIELD}`",
        "only when the screenings mapping has it, so the fairness panel is empty, not broken, without it.",
        "",
    ]
    return "\n".join(lines)


def build_all():
    """Every saved object, in import order (data views before what uses them), as NDJSON text."""
    lenses = build_lenses()
    about = about_panel()
    by_id = {obj["id"]: obj for obj in lenses}
    layout = [
        (about, 0, 0, 16, 10),
        (by_id["shortlist-lens-band-funnel"], 16, 0, 16, 10),
        (by_id["shortlist-lens-batch-rate"], 32, 0, 16, 10),
        (by_id["shortlist-lens-score-distribution"], 0, 10, 24, 14),
        (by_id["shortlist-lens-missing-skills"], 24, 10, 24, 14),
        (by_id["shortlist-lens-batch-throughput"], 0, 24, 24, 12),
        (by_id["shortlist-lens-parse-failures"], 24, 24, 24, 12),
        (by_id["shortlist-lens-fairness"], 0, 36, 48, 12),
    ]
    objects = [data_view(view_id, spec) for view_id, spec in DATA_VIEWS.items()]
    objects += [about] + lenses + [dashboard(layout)]
    return "".join(json.dumps(obj, separators=(",", ":"), ensure_ascii=False) + "\n" for obj in objects)


def main():
    ndjson = build_all()
    (HERE / "saved-objects.ndjson").write_text(ndjson, encoding="utf-8")
    (HERE / "FIELDS.md").write_text(fields_markdown(), encoding="utf-8")
    print(f"wrote {len(ndjson.splitlines())} saved objects and {len(used_fields)} field rows")


if __name__ == "__main__":
    main()
