package org.fantastictrain.platform.registry.adapter.in.web;

/** Body of {@code POST /api/v1/models/{series}/aliases/champion}. */
public record AliasRequest(Integer version, String reason) {}
