/**
 * Shared: value types every module speaks — ИНН, КПП, GTIN, regions, list queries and
 * pages, the refusal of invalid fields. No beans and no tables: it depends on nothing of
 * ours.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package com.sellout.portal.shared;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
