package se.nattvandring.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf template into a PDF with openhtmltopdf. The fonts ship in the jar, so å, ä and ö print the same on
 * every server, with or without fonts installed.
 */
@Component
public class PdfRenderer {

	private static final String FONT = "fonts/DejaVuSans.ttf";

	private static final String BOLD_FONT = "fonts/DejaVuSans-Bold.ttf";

	private final TemplateEngine templates;

	PdfRenderer(TemplateEngine templates) {
		this.templates = templates;
		// openhtmltopdf logs every step to the console; failures still arrive as exceptions.
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
	}

	/** @param template a template that renders well-formed XHTML */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		String html = templates.process(template, new Context(locale, model));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> open(FONT), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> open(BOLD_FONT), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
