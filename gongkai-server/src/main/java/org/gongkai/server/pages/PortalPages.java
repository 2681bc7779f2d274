package org.gongkai.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.lifecycle.WorkflowException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriUtils;

/**
 * What every portal page has: its language and the link to the same page in the other language;
 * and a refusal as a page (not problem+json) with its status: an unknown or unpublished disclosure
 * is "not found" to a reader of the portal.
 */
@ControllerAdvice(assignableTypes = PortalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PortalPages {

    private final MessageSource messages;

    public PortalPages(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model, HttpServletRequest request, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("english", english);
        model.addAttribute("htmlLang", english ? "en" : "zh-CN");
        model.addAttribute("switchUrl", withLanguage(request, english ? "zh-CN" : "en"));
        model.addAttribute("path", request.getRequestURI());
    }

    /** The current URL with {@code lang} set to the other language and every other parameter kept. */
    static String withLanguage(HttpServletRequest request, String language) {
        String query = request.getParameterMap().entrySet().stream().filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> Map.entry(e.getKey(), v)))
                .map(e -> UriUtils.encodeQueryParam(e.getKey(), "UTF-8") + "=" + UriUtils.encodeQueryParam(e.getValue(), "UTF-8"))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + language;
    }

    @ExceptionHandler(WorkflowException.class)
    String refused(WorkflowException e, Model model, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case INVALID -> 400;
            default -> 409;
        };
        return error(status, model, request, response, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        return error("id".equals(e.getName()) ? 404 : 400, model, request, response, locale);
    }

    private String error(int status, Model model, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        response.setStatus(status);
        common(model, request, locale);
        model.addAttribute("status", status);
        model.addAttribute("title", messages.getMessage("error." + status, null,
                messages.getMessage("error.other", null, locale), locale));
        return "portal/error";
    }
}
