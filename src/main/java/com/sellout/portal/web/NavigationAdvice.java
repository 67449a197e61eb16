package com.sellout.portal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout which navigation entry the page belongs to. */
@ControllerAdvice
class NavigationAdvice {

	@ModelAttribute("nav")
	String nav(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path.startsWith("/distributors")) {
			return "distributors";
		}
		if (path.startsWith("/admin/users")) {
			return "users";
		}
		if (path.startsWith("/admin/mail")) {
			return "outbox";
		}
		if (path.startsWith("/admin/audit")) {
			return "audit";
		}
		if (path.startsWith("/clients/requests")) {
			return "requests";
		}
		if (path.startsWith("/clients")) {
			return "clients";
		}
		if (path.startsWith("/catalog")) {
			return "catalog";
		}
		if (path.startsWith("/price-floors")) {
			return "floors";
		}
		if (path.startsWith("/sell-in")) {
			return "sellin";
		}
		if (path.startsWith("/sellout/upload")) {
			return "sellout-upload";
		}
		if (path.startsWith("/sellout/templates")) {
			return "sellout-templates";
		}
		if (path.startsWith("/sellout/data")) {
			return "sellout-data";
		}
		if (path.startsWith("/sellout/stock-reports")) {
			return "stock-reports";
		}
		if (path.startsWith("/sellout/reports")) {
			return "sellout-reports";
		}
		if (path.startsWith("/inventory")) {
			return "inventory";
		}
		if (path.startsWith("/analytics")) {
			return "analytics";
		}
		if (path.startsWith("/deliveries")) {
			return "deliveries";
		}
		if (path.startsWith("/conversations")) {
			return "conversations";
		}
		if (path.startsWith("/profile")) {
			return "profile";
		}
		return "/".equals(path) ? "home" : "";
	}

}
