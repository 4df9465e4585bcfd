package org.fantastictrain.platform.replay.application.port.in;

import java.util.Map;
import org.fantastictrain.platform.replay.domain.ReplayRun;

/**
 * A replay accepted and recorded, ready to run.
 *
 * @param resumed true if it continues a stopped or failed run of the same range
 * @param deleted rows deleted by {@code --reset}, by table (empty without reset)
 */
public record PreparedReplay(ReplayRun run, boolean resumed, Map<String, Long> deleted, ReplayCommand command) {}
