/**
 * Reading: files to rows — the type by content, charset and delimiter detection,
 * streaming xlsx, numbers and dates as people write them. Knows nothing of reports,
 * clients or the database, so every module that imports a spreadsheet can use it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package com.sellout.portal.reading;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
