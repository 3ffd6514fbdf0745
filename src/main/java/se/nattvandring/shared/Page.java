package se.nattvandring.shared;

import java.util.List;

/** One page of a list. Every list in the product is paged; {@code number} counts from 0. */
public record Page<T>(List<T> items, int number, int size, long total) {

	public Page {
		items = List.copyOf(items);
	}

	/** A page cut from a list that is short by nature (an organisation's people, four compared agreements). */
	public static <T> Page<T> of(List<T> all, int page, int size) {
		int number = Math.max(0, page);
		int from = (int) Math.min(all.size(), (long) number * size);
		return new Page<>(all.subList(from, Math.min(all.size(), from + size)), number, size, all.size());
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
