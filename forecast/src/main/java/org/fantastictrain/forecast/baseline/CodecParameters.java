package org.fantastictrain.forecast.baseline;

import java.util.List;
import java.util.Map;

/**
 * Reads values back from a {@link org.fantastictrain.forecast.ModelCodec} parameter map, whether
 * the map is the one a codec produced ({@code double[]}, boxed numbers) or one parsed from JSON
 * (lists of numbers). Every failure is an {@link IllegalArgumentException} naming the key.
 */
public final class CodecParameters {

    private CodecParameters() {}

    /** A number, read as a double. */
    public static double number(Map<String, Object> parameters, String key) {
        Object value = required(parameters, key);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("parameter '" + key + "' must be a number, got " + value);
    }

    /** A whole number that fits in an int. */
    public static int integer(Map<String, Object> parameters, String key) {
        double value = number(parameters, key);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("parameter '" + key + "' must be an integer, got " + value);
        }
        return (int) value;
    }

    /** A string. */
    public static String string(Map<String, Object> parameters, String key) {
        Object value = required(parameters, key);
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("parameter '" + key + "' must be a string, got " + value);
    }

    /** An array of finite doubles, given as {@code double[]} or as a list of numbers. */
    public static double[] doubles(Map<String, Object> parameters, String key) {
        Object value = required(parameters, key);
        double[] result;
        if (value instanceof double[] array) {
            result = array.clone();
        } else if (value instanceof List<?> list) {
            result = new double[list.size()];
            for (int i = 0; i < result.length; i++) {
                if (!(list.get(i) instanceof Number n)) {
                    throw new IllegalArgumentException(
                            "parameter '" + key + "' must hold numbers only, got " + list.get(i));
                }
                result[i] = n.doubleValue();
            }
        } else {
            throw new IllegalArgumentException("parameter '" + key + "' must be an array of numbers, got " + value);
        }
        for (double d : result) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("parameter '" + key + "' holds a non-finite value " + d);
            }
        }
        return result;
    }

    /** An array of whole numbers, given as {@code int[]}, {@code double[]} or a list of numbers. */
    public static int[] integers(Map<String, Object> parameters, String key) {
        Object value = required(parameters, key);
        if (value instanceof int[] array) {
            return array.clone();
        }
        double[] values = doubles(parameters, key);
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i]) || Math.abs(values[i]) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("parameter '" + key + "' must hold integers, got " + values[i]);
            }
            result[i] = (int) values[i];
        }
        return result;
    }

    private static Object required(Map<String, Object> parameters, String key) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters are missing");
        }
        Object value = parameters.get(key);
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + key + "' is missing");
        }
        return value;
    }
}
