package com.sellout.portal.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import com.sellout.portal.reading.CellValues;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Form fields with amounts accept what people type: "1 496,43" as well as "1496.43". */
@ControllerAdvice
class DecimalBinding {

	@InitBinder
	void decimals(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				if (text == null || text.isBlank()) {
					setValue(null);
					return;
				}
				setValue(CellValues.decimal(text)
					.orElseThrow(() -> new IllegalArgumentException("Not a number: " + text)));
			}

			@Override
			public String getAsText() {
				return getValue() == null ? "" : ((BigDecimal) getValue()).toPlainString();
			}

		});
	}

}
