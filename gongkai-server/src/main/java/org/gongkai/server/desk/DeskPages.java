package org.gongkai.server.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.gongkai.lifecycle.WorkflowException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriUtils;

/**
 * What every desk page has (its language, the link to the other language) and how a refusal looks
 * there: not signed in sends you to the sign-in page and back; anything else is an error page.
 */
@ControllerAdvice(assignableTypes = DeskController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DeskPages {

    @ModelAttribute
    void common(Model model, HttpServletRequest request, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("english", english);
        model.addAttribute("htmlLang", english ? "en" : "zh-CN");
        String query = request.getQueryString() == null ? "" : request.getQueryString().replaceAll("(^|&)lang=[^&]*", "");
        query = query.startsWith("&") ? query.substring(1) : query;
        model.addAttribute("switchUrl", request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&")
                + "lang=" + (english ? "zh-CN" : "en"));
        model.addAttribute("path", request.getRequestURI());
        // times are shown as the day and hour in Beijing, where the deadlines are counted
        model.addAttribute("zone", org.gongkai.workflow.Workflow.ZONE);
    }

    @ExceptionHandler(WorkflowException.class)
    String refused(WorkflowException e, Model model, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        if (e.kind() == WorkflowException.Kind.UNAUTHENTICATED) {
            return "redirect:/desk/login?next=" + UriUtils.encodeQueryParam(DeskController.nextOf(request), "UTF-8");
        }
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case INVALID -> 400;
            default -> 409;
        };
        response.setStatus(status);
        common(model, request, locale);
        model.addAttribute("status", status);
        model.addAttribute("message", e.getMessage());
        return "desk/error";
    }
}
