package com.sellout.portal.shared;

import java.util.List;

/**
 * One page of a list: the rows, which page it is (from 0), the page size and the total
 * count.
 */
public record PageSlice<T>(List<T> items, int page, int size, long total) {

	public int pages() {
		return total == 0 ? 1 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public long firstRow() {
		return total == 0 ? 0 : (long) page * size + 1;
	}

	public long lastRow() {
		return (long) page * size + items.size();
	}

}
