/** Registry domain: model versions with provenance, statuses and alias moves. No Spring, no JDBC. */
package org.fantastictrain.platform.registry.domain;
