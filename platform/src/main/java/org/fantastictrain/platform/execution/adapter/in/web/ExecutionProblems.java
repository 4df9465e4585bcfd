package org.fantastictrain.platform.execution.adapter.in.web;

import org.fantastictrain.platform.execution.domain.InvalidForecastRequestException;
import org.fantastictrain.platform.execution.domain.NoChampionException;
import org.fantastictrain.platform.execution.domain.UnknownSeriesException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * RFC 9457 problems for the execution endpoints, each with a detail that says what to change.
 * Scoped to this package and ordered first, so these details win over the platform-wide handler.
 */
@RestControllerAdvice(basePackageClasses = ExecutionProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExecutionProblems {

    @ExceptionHandler(InvalidForecastRequestException.class)
    ProblemDetail invalid(InvalidForecastRequestException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(UnknownSeriesException.class)
    ProblemDetail unknownSeries(UnknownSeriesException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoChampionException.class)
    ProblemDetail noChampion(NoChampionException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(UnsupportedBodyTypeException.class)
    ProblemDetail unsupportedBody(UnsupportedBodyTypeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String given = e.getContentType() == null ? "no Content-Type" : "Content-Type " + e.getContentType();
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "send a JSON body with Content-Type: application/json, not " + given);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadableDetail(e));
    }

    static String unreadableDetail(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                StringBuilder detail =
                        new StringBuilder("malformed JSON body: ").append(firstLine(jackson.getOriginalMessage()));
                TokenStreamLocation at = jackson.getLocation();
                if (at != null && at.getLineNr() > 0) {
                    detail.append(" (line ")
                            .append(at.getLineNr())
                            .append(", column ")
                            .append(at.getColumnNr())
                            .append(')');
                }
                return detail.toString();
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Required request body is missing")) {
            return "a request body is required";
        }
        return "unreadable request body";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
