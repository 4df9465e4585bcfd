package org.fantastictrain.platform.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests that change state ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) need the
 * header {@code X-API-Key}; without it, or with a wrong one, they get a 401 problem+json. Paths in
 * {@code openPaths} (exact, or a prefix ending in {@code /**}) stay open.
 */
public class ApiKeyFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-API-Key";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final byte[] key;
    private final List<String> openPaths;

    public ApiKeyFilter(String key, List<String> openPaths) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.openPaths = List.copyOf(openPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || isOpen(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        String given = request.getHeader(HEADER);
        if (given == null || given.isBlank()) {
            unauthorized(request, response, "Missing header " + HEADER + ": writes need the API key");
            return;
        }
        if (!MessageDigest.isEqual(key, given.strip().getBytes(StandardCharsets.UTF_8))) {
            unauthorized(request, response, "Wrong API key in header " + HEADER);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isOpen(String path) {
        for (String open : openPaths) {
            if (open.endsWith("/**") ? path.startsWith(open.substring(0, open.length() - 2)) : path.equals(open)) {
                return true;
            }
        }
        return false;
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                        + escape(detail) + "\",\"instance\":\"" + escape(request.getRequestURI()) + "\"}");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
