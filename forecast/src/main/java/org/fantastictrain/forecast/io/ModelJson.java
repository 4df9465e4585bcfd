package org.fantastictrain.forecast.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.fantastictrain.forecast.FittedModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes fitted models as versioned JSON and reads them back:
 * {@code {"format_version":1, "algorithm", "training_start", "training_end", "parameters":{...}}},
 * the parameters coming from the algorithm's {@link org.fantastictrain.forecast.ModelCodec}.
 * Doubles are written in their shortest exact form, so a model read back forecasts
 * bit-identically. No Java serialization.
 */
public final class ModelJson {
    /** The format version written, and the only one read. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ModelCodecs codecs;

    public ModelJson(ModelCodecs codecs) {
        this.codecs = Objects.requireNonNull(codecs);
    }

    /** With the codecs of every algorithm of this library. */
    public static ModelJson standard() {
        return new ModelJson(ModelCodecs.standard());
    }

    /** The model as a JSON document. */
    public String write(FittedModel model) {
        return JSON.writeValueAsString(toMap(model));
    }

    /**
     * Reads a model.
     *
     * @throws IllegalArgumentException on malformed JSON, an unknown format version or algorithm,
     *     or missing or malformed parameters
     */
    @SuppressWarnings("unchecked")
    public FittedModel read(String json) {
        Map<String, Object> doc;
        try {
            doc = JSON.readValue(json, Map.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("model JSON is malformed: " + e.getOriginalMessage(), e);
        }
        if (doc == null) {
            throw new IllegalArgumentException("model JSON is empty");
        }
        return fromMap(doc);
    }

    /** The model as a JSON-ready map (the document {@link #write} writes). */
    public Map<String, Object> toMap(FittedModel model) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format_version", FORMAT_VERSION);
        doc.put("algorithm", model.algorithm());
        doc.put("training_start", model.trainingStart().toString());
        doc.put("training_end", model.trainingEnd().toString());
        doc.put("parameters", codecs.codec(model.algorithm()).parameters(model));
        return doc;
    }

    /** Reads a model from the map form of the document. */
    @SuppressWarnings("unchecked")
    public FittedModel fromMap(Map<String, Object> doc) {
        Object version = doc.get("format_version");
        if (!(version instanceof Number n) || n.doubleValue() != FORMAT_VERSION) {
            throw new IllegalArgumentException(
                    "unsupported model format_version " + version + "; this version reads " + FORMAT_VERSION);
        }
        if (!(doc.get("algorithm") instanceof String algorithm)) {
            throw new IllegalArgumentException("model JSON has no algorithm");
        }
        if (!(doc.get("parameters") instanceof Map<?, ?> parameters)) {
            throw new IllegalArgumentException("model JSON has no parameters object");
        }
        return codecs.codec(algorithm)
                .fromParameters(
                        (Map<String, Object>) parameters, date(doc, "training_start"), date(doc, "training_end"));
    }

    private static LocalDate date(Map<String, Object> doc, String key) {
        Object v = doc.get(key);
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("model JSON has no " + key);
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("model JSON " + key + " is not a yyyy-MM-dd date: " + s);
        }
    }
}
