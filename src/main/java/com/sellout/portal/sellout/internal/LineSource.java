package com.sellout.portal.sellout.internal;

import java.util.function.Consumer;

/**
 * Streams the lines of one kind of file, in the canonical fields, without checking them.
 */
interface LineSource {

	SourceInfo read(byte[] content, Consumer<SourceLine> lines);

}
