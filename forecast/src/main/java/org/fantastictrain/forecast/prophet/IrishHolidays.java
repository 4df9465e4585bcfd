package org.fantastictrain.forecast.prophet;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Irish public holidays from jollyday, plus the substitute weekdays jollyday omits: when a holiday
 * falls on a Saturday or Sunday, the next weekday that is not already a holiday is a holiday too
 * (e.g. 18 March 2024 for St Patrick's Day on a Sunday). Easter Sunday, which jollyday lists, is
 * kept: it is a day with its own pattern even if not a day off. Substitutes carry the name of the
 * holiday they replace.
 */
public final class IrishHolidays {
    private static final Map<Integer, List<Holiday>> CACHE = new ConcurrentHashMap<>();

    private IrishHolidays() {}

    /** The Irish holidays of the given year (substitutes included), sorted by date, with no window. */
    public static List<Holiday> of(int year) {
        return CACHE.computeIfAbsent(year, IrishHolidays::load);
    }

    /** The Irish holidays of every year from {@code from}'s year to {@code to}'s year. */
    public static List<Holiday> between(LocalDate from, LocalDate to) {
        List<Holiday> all = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            all.addAll(of(y));
        }
        return all;
    }

    private static List<Holiday> load(int year) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.IRELAND));
        List<Holiday> days = new ArrayList<>();
        Set<LocalDate> taken = new HashSet<>();
        for (de.focus_shift.jollyday.core.Holiday h : manager.getHolidays(Year.of(year))) {
            days.add(Holiday.on(h.getPropertiesKey(), h.getDate()));
            taken.add(h.getDate());
        }
        days.sort(Comparator.comparing(Holiday::date));
        List<Holiday> substitutes = new ArrayList<>();
        for (Holiday h : days) {
            DayOfWeek dow = h.date().getDayOfWeek();
            if (h.name().toUpperCase().contains("EASTER") && dow == DayOfWeek.SUNDAY) {
                continue; // Easter Sunday is always a Sunday and has Easter Monday already
            }
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                LocalDate d = h.date().plusDays(1);
                while (d.getDayOfWeek() == DayOfWeek.SATURDAY
                        || d.getDayOfWeek() == DayOfWeek.SUNDAY
                        || taken.contains(d)) {
                    d = d.plusDays(1);
                }
                taken.add(d);
                substitutes.add(Holiday.on(h.name(), d));
            }
        }
        days.addAll(substitutes);
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }
}
