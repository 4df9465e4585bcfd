package org.fantastictrain.forecast.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fantastictrain.forecast.ModelCodec;
import org.fantastictrain.forecast.auto.AutoCodec;
import org.fantastictrain.forecast.baseline.NaiveCodec;
import org.fantastictrain.forecast.baseline.SeasonalNaiveCodec;
import org.fantastictrain.forecast.ets.EtsCodec;
import org.fantastictrain.forecast.prophet.ProphetCodec;

/** A registry of {@link ModelCodec}s by algorithm name. Immutable. */
public final class ModelCodecs {
    private final Map<String, ModelCodec> byAlgorithm;

    private ModelCodecs(List<ModelCodec> codecs) {
        Map<String, ModelCodec> m = new LinkedHashMap<>();
        for (ModelCodec c : codecs) {
            if (m.put(c.algorithm(), c) != null) {
                throw new IllegalArgumentException("two codecs for algorithm " + c.algorithm());
            }
        }
        this.byAlgorithm = Map.copyOf(m);
    }

    /** A registry of the given codecs. */
    public static ModelCodecs of(List<ModelCodec> codecs) {
        return new ModelCodecs(codecs);
    }

    /** The codecs of every algorithm of this library: prophet, ets, naive, snaive and auto. */
    public static ModelCodecs standard() {
        List<ModelCodec> base = List.of(new ProphetCodec(), new EtsCodec(), new NaiveCodec(), new SeasonalNaiveCodec());
        ModelJson inner = new ModelJson(new ModelCodecs(base));
        return new ModelCodecs(List.of(
                base.get(0), base.get(1), base.get(2), base.get(3), new AutoCodec(inner::toMap, inner::fromMap)));
    }

    /**
     * The codec of an algorithm.
     *
     * @throws IllegalArgumentException for an unknown algorithm, listing the known ones
     */
    public ModelCodec codec(String algorithm) {
        ModelCodec c = byAlgorithm.get(algorithm);
        if (c == null) {
            throw new IllegalArgumentException(
                    "unknown algorithm '" + algorithm + "'; known: " + new java.util.TreeSet<>(algorithms()));
        }
        return c;
    }

    public Set<String> algorithms() {
        return byAlgorithm.keySet();
    }
}
