package org.fantastictrain.platform.registry.adapter.out.engine;

import org.fantastictrain.platform.registry.application.port.out.CodeVersionPort;
import org.springframework.stereotype.Component;

/** The code version from the jar manifest ({@code Implementation-Version}), {@code dev} when run from classes. */
@Component
class BuildCodeVersion implements CodeVersionPort {
    private final String version;

    BuildCodeVersion() {
        String manifest = BuildCodeVersion.class.getPackage().getImplementationVersion();
        this.version = manifest == null || manifest.isBlank() ? "dev" : manifest;
    }

    @Override
    public String codeVersion() {
        return version;
    }
}
