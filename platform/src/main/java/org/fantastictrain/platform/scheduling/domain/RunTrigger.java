package org.fantastictrain.platform.scheduling.domain;

/** What started a job run. */
public enum RunTrigger {
    /** A cron firing (including a missed firing run once on start). */
    SCHEDULER("scheduler"),
    /** A request to run the job now ({@code POST /api/v1/jobs/{name}/runs}). */
    MANUAL("manual"),
    /** A replay of a past period on the virtual business clock. */
    REPLAY("replay");

    private final String id;

    RunTrigger(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static RunTrigger fromId(String id) {
        for (RunTrigger t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown run trigger: " + id);
    }
}
