package org.fantastictrain.forecast.prophet;

import static org.fantastictrain.forecast.baseline.CodecParameters.doubles;
import static org.fantastictrain.forecast.baseline.CodecParameters.integer;
import static org.fantastictrain.forecast.baseline.CodecParameters.number;
import static org.fantastictrain.forecast.baseline.CodecParameters.string;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.ModelCodec;

/** JSON parameters of {@link ProphetModel}: its configuration, coefficients and scales. */
public final class ProphetCodec implements ModelCodec {

    @Override
    public String algorithm() {
        return ProphetForecaster.ALGORITHM;
    }

    @Override
    public Map<String, Object> parameters(FittedModel model) {
        if (!(model instanceof ProphetModel m)) {
            throw new IllegalArgumentException("not a prophet model: " + model.algorithm());
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("config", config(m.config()));
        p.put("holiday_keys", List.copyOf(m.holidayKeys()));
        p.put("last_observed", m.lastObserved().toString());
        p.put("start_day", m.startDay());
        p.put("t_span", m.tSpan());
        p.put("changepoints_t", m.changepointsT());
        p.put("y_scale", m.yScale());
        p.put("theta", m.theta());
        p.put("sigma", m.sigma());
        p.put("phi", m.phi());
        p.put("last_residual", m.lastResidual());
        p.put("delta_mean_abs", m.deltaMeanAbs());
        return p;
    }

    @Override
    public FittedModel fromParameters(Map<String, Object> p, LocalDate trainingStart, LocalDate trainingEnd) {
        ProphetConfig config = config(map(p, "config"));
        List<String> keys = new ArrayList<>();
        for (Object o : list(p, "holiday_keys")) {
            keys.add(String.valueOf(o));
        }
        double startDay = number(p, "start_day");
        return new ProphetModel(
                config,
                keys,
                trainingStart,
                trainingEnd,
                date(string(p, "last_observed"), "last_observed"),
                (long) startDay,
                number(p, "t_span"),
                doubles(p, "changepoints_t"),
                number(p, "y_scale"),
                doubles(p, "theta"),
                number(p, "sigma"),
                number(p, "phi"),
                number(p, "last_residual"),
                number(p, "delta_mean_abs"));
    }

    static Map<String, Object> config(ProphetConfig c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("changepoints", c.changepoints());
        m.put("changepoint_range", c.changepointRange());
        m.put("changepoint_prior_scale", c.changepointPriorScale());
        m.put("seasonality_prior_scale", c.seasonalityPriorScale());
        m.put("holidays_prior_scale", c.holidaysPriorScale());
        m.put("yearly_order", c.yearlyOrder());
        m.put("weekly_order", c.weeklyOrder());
        List<Map<String, Object>> seas = new ArrayList<>();
        for (Seasonality s : c.customSeasonalities()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", s.name());
            e.put("period_days", s.periodDays());
            e.put("order", s.order());
            seas.add(e);
        }
        m.put("custom_seasonalities", seas);
        m.put("irish_holidays", c.irishHolidays());
        List<Map<String, Object>> hol = new ArrayList<>();
        for (Holiday h : c.holidays()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", h.name());
            e.put("date", h.date().toString());
            e.put("lower_window", h.lowerWindow());
            e.put("upper_window", h.upperWindow());
            hol.add(e);
        }
        m.put("holidays", hol);
        m.put("seasonality_mode", c.seasonalityMode().name());
        m.put("robust", c.robust());
        m.put("residual_correction", c.residualCorrection());
        return m;
    }

    static ProphetConfig config(Map<String, Object> m) {
        ProphetConfig.Builder b = ProphetConfig.builder()
                .changepoints(integer(m, "changepoints"))
                .changepointRange(number(m, "changepoint_range"))
                .changepointPriorScale(number(m, "changepoint_prior_scale"))
                .seasonalityPriorScale(number(m, "seasonality_prior_scale"))
                .holidaysPriorScale(number(m, "holidays_prior_scale"))
                .yearlyOrder(integer(m, "yearly_order"))
                .weeklyOrder(integer(m, "weekly_order"))
                .irishHolidays(bool(m, "irish_holidays"))
                .robust(bool(m, "robust"))
                .residualCorrection(bool(m, "residual_correction"));
        for (Object o : list(m, "custom_seasonalities")) {
            Map<String, Object> e = asMap(o, "custom_seasonalities");
            b.addSeasonality(string(e, "name"), number(e, "period_days"), integer(e, "order"));
        }
        List<Holiday> hol = new ArrayList<>();
        for (Object o : list(m, "holidays")) {
            Map<String, Object> e = asMap(o, "holidays");
            hol.add(new Holiday(
                    string(e, "name"),
                    date(string(e, "date"), "holidays.date"),
                    integer(e, "lower_window"),
                    integer(e, "upper_window")));
        }
        b.holidays(hol);
        try {
            b.seasonalityMode(SeasonalityMode.valueOf(string(m, "seasonality_mode")));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("parameter")) {
                throw e;
            }
            throw new IllegalArgumentException("parameter 'seasonality_mode' must be ADDITIVE or MULTIPLICATIVE, got "
                    + m.get("seasonality_mode"));
        }
        return b.build();
    }

    private static boolean bool(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("parameter '" + key + "' must be a boolean, got " + v);
    }

    private static LocalDate date(String s, String key) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("parameter '" + key + "' must be a yyyy-MM-dd date, got " + s);
        }
    }

    private static List<?> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("parameter '" + key + "' must be a list, got " + v);
    }

    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return asMap(m.get(key), key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object v, String key) {
        if (v instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("parameter '" + key + "' must be an object, got " + v);
    }
}
