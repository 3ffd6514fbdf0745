package se.nattvandring.shared;

import java.util.List;

/** One page of a list. Every list in the product is paged; {@code number} counts from 0. */
public record Page<T>(List<T> items, int number, int size, long total) {

	public Page {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return number > 0;
	}

	public boolean hasNext() {
		return number + 1 < totalPages();
	}
}
