package org.fantastictrain.platform.execution.adapter.in.web;

/** Example bodies shown in the OpenAPI document and Swagger UI. */
final class ApiExamples {

    private ApiExamples() {}

    static final String FORECAST_REQUEST = """
            {"series": "corrib_production", "from": "2023-07-01", "to": "2023-07-03", "interval_width": 0.8}""";

    static final String FORECAST_RESPONSE = """
            {"series": "corrib_production", "model_version": 3, "generated_at": "2023-07-01T06:00:00Z",
             "interval_width": 0.8, "request_id": "5f0c2d1e-8a4b-4c1e-9d3a-2b7e6f1a0c9d",
             "points": [
              {"ds": "2023-06-30", "kind": "fitted", "yhat": 61.2, "yhat_lower": 55.0, "yhat_upper": 67.4, "y": 60.8},
              {"ds": "2023-07-01", "kind": "forecast", "yhat": 61.0, "yhat_lower": 54.7, "yhat_upper": 67.3},
              {"ds": "2023-07-02", "kind": "forecast", "yhat": 60.9, "yhat_lower": 54.5, "yhat_upper": 67.3}]}""";

    static final String SIMULATOR_REQUEST = """
            {"series": "corrib_production", "from": "2023-07-01", "to": "2023-07-02"}""";

    static final String SIMULATOR_RESPONSE = """
            {"series": "corrib_production", "model_version": 3, "algorithm": "prophet",
             "training_start": "2018-01-01", "training_end": "2023-06-30",
             "columns": ["t", "yearly_sin_1", "yearly_cos_1", "weekly_sin_1", "weekly_cos_1", "holiday"],
             "rows": [
              {"ds": "2023-07-01", "t": 1.0005, "yearly_sin_1": -0.0043, "yearly_cos_1": -1.0, "weekly_sin_1": -0.9749,
               "weekly_cos_1": -0.2225, "holiday": 0.0},
              {"ds": "2023-07-02", "t": 1.001, "yearly_sin_1": -0.0215, "yearly_cos_1": -0.9998, "weekly_sin_1": -0.4339,
               "weekly_cos_1": 0.901, "holiday": 0.0}]}""";

    static final String INVOCATIONS_RECORDS = """
            {"dataframe_records": [{"ds": "2023-07-01"}, {"ds": "2023-07-02"}]}""";

    static final String INVOCATIONS_SPLIT = """
            {"dataframe_split": {"columns": ["ds"], "data": [["2023-07-01"], ["2023-07-02"]]}}""";

    static final String INVOCATIONS_CSV = "ds\n2023-07-01\n2023-07-02\n";

    static final String INVOCATIONS_RESPONSE = """
            {"predictions": [
              {"ds": "2023-07-01", "yhat": 61.0, "yhat_lower": 54.7, "yhat_upper": 67.3},
              {"ds": "2023-07-02", "yhat": 60.9, "yhat_lower": 54.5, "yhat_upper": 67.3}]}""";

    static final String PROBLEM_BAD_RANGE = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "'from' (2023-07-30) is after 'to' (2023-07-01)", "instance": "/api/v1/forecasts"}""";

    static final String PROBLEM_UNKNOWN_SERIES = """
            {"type": "about:blank", "title": "Not Found", "status": 404,
             "detail": "unknown series 'brent'; known series: corrib_production, moffat, roi_imports_via_interconnector, total",
             "instance": "/api/v1/forecasts"}""";

    static final String PROBLEM_NO_CHAMPION = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "series 'moffat' has no champion model yet; train one first: run `train --series moffat` or POST /api/v1/trainings {\\"series\\":\\"moffat\\"}",
             "instance": "/api/v1/forecasts"}""";
}
