package se.nattvandring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A person without a mouse: they move with Tab and Shift+Tab, type into the field that has focus, tick with Space and
 * send with Enter. Each step checks that the focused element shows its focus (WCAG 2.4.7) and that nothing sticky
 * covers it (2.4.11). Nothing here clicks, and nothing sets a value by script.
 */
final class Keyboard {

	/** More Tab presses than any page here has stops; a target not reached by then is not reachable. */
	private static final int MAX_TABS = 400;

	private final WebDriver driver;

	Keyboard(WebDriver driver) {
		this.driver = driver;
	}

	/** Tabs forward from wherever focus is until the target has it, and returns it. */
	WebElement tabTo(By target) {
		WebElement wanted = driver.findElement(target);
		for (int i = 0; i < MAX_TABS; i++) {
			if (wanted.equals(focused())) {
				assertFocusShows(wanted, target);
				return wanted;
			}
			focusedOrBody().sendKeys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + target + " on " + driver.getCurrentUrl());
	}

	/** Tabs back with Shift+Tab until the target has focus: the order works both ways. */
	WebElement shiftTabTo(By target) {
		WebElement wanted = driver.findElement(target);
		for (int i = 0; i < MAX_TABS; i++) {
			if (wanted.equals(focused())) {
				assertFocusShows(wanted, target);
				return wanted;
			}
			focusedOrBody().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
		}
		throw new AssertionError("Shift+Tab never reached " + target + " on " + driver.getCurrentUrl());
	}

	/** Starts from the top of the page, as after a page load. */
	Keyboard fromTop() {
		((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();"
				+ "window.scrollTo(0, 0);");
		return this;
	}

	void type(By field, String text) {
		tabTo(field).sendKeys(text);
	}

	/** A date field takes digits in the browser's own order; the value it ends with must be the date. */
	void typeDate(By field, LocalDate date) {
		WebElement input = tabTo(field);
		input.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
		if (!date.toString().equals(input.getDomProperty("value"))) {
			input.sendKeys(String.format("%04d", date.getYear()), Keys.TAB);
			shiftTabTo(field).sendKeys(String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(),
					date.getDayOfMonth()));
		}
		assertThat(input.getDomProperty("value")).as("the date typed into %s", field).isEqualTo(date.toString());
	}

	/** A time field takes digits, and in a 12-hour browser the half of the day; it must end with the time. */
	void typeTime(By field, java.time.LocalTime time) {
		WebElement input = tabTo(field);
		int hour12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
		input.sendKeys(String.format("%02d%02d%s", hour12, time.getMinute(), time.getHour() < 12 ? "A" : "P"));
		if (!time.toString().equals(input.getDomProperty("value"))) {
			shiftTabTo(field);
			input.sendKeys(String.format("%02d%02d", time.getHour(), time.getMinute()));
		}
		assertThat(input.getDomProperty("value")).as("the time typed into %s", field).isEqualTo(time.toString());
	}

	/** Chooses an option of a select by typing its first letters, as a keyboard user does. */
	void choose(By select, String optionText) {
		WebElement element = tabTo(select);
		element.sendKeys(optionText);
		String chosen = (String) ((JavascriptExecutor) driver).executeScript(
				"return arguments[0].options[arguments[0].selectedIndex].text;", element);
		assertThat(chosen).as("the option chosen in %s", select).isEqualTo(optionText);
	}

	/** Ticks or unticks a checkbox with Space. */
	void space(By target) {
		tabTo(target).sendKeys(Keys.SPACE);
	}

	/** Activates a button or a link with Enter. */
	void enter(By target) {
		tabTo(target).sendKeys(Keys.ENTER);
	}

	private WebElement focused() {
		return driver.switchTo().activeElement();
	}

	private WebElement focusedOrBody() {
		WebElement active = focused();
		return active == null ? driver.findElement(By.tagName("body")) : active;
	}

	/** The focus indicator is drawn, and the element's middle is not under a sticky or fixed element. */
	@SuppressWarnings("unchecked")
	private void assertFocusShows(WebElement element, By target) {
		Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
				const e = arguments[0];
				e.scrollIntoView({block: 'nearest'});
				const s = getComputedStyle(e);
				const r = e.getBoundingClientRect();
				const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
				const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
				const top = document.elementFromPoint(x, y);
				const hidden = e.type === 'checkbox' || e.type === 'radio';
				return {outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
				        shadow: s.boxShadow !== 'none',
				        covered: !hidden && top !== null && top !== e && !e.contains(top) && !top.contains(e)
				                 && top.closest('label') === null};""", element);
		assertThat(Boolean.TRUE.equals(seen.get("outline")) || Boolean.TRUE.equals(seen.get("shadow")))
			.as("2.4.7: %s shows its focus on %s", target, driver.getCurrentUrl()).isTrue();
		assertThat(seen.get("covered")).as("2.4.11: %s is not hidden behind other content on %s", target,
				driver.getCurrentUrl()).isEqualTo(false);
	}
}
