package org.fantastictrain.platform.registry.adapter.out.engine;

import org.fantastictrain.platform.registry.application.port.out.CodeVersionPort;

/** The code version from the jar manifest ({@code Implementation-Version}), {@code dev} when run from classes. */
class BuildCodeVersion implements CodeVersionPort {
    private final String version;

    BuildCodeVersion(String buildVersion) {
        String manifest = BuildCodeVersion.class.getPackage().getImplementationVersion();
        this.version = buildVersion != null ? buildVersion : manifest != null ? manifest : "dev";
    }

    @Override
    public String codeVersion() {
        return version;
    }
}
