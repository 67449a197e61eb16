/** The «Подключение BI» page and the connection files it offers. */
@NullMarked
package com.sellout.portal.odata.web;

import org.jspecify.annotations.NullMarked;
