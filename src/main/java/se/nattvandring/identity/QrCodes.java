package se.nattvandring.identity;

import io.nayuki.qrcodegen.QrCode;

/**
 * The enrolment QR code as SVG markup, drawn on the server so that the page needs no script and no image host. Black
 * on white with a quiet zone of four modules, which every authenticator app reads.
 */
final class QrCodes {

	private static final int BORDER = 4;

	private QrCodes() {
	}

	static String svg(String text) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = qr.size + BORDER * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" width=\"240\" height=\"240\" role=\"img\" aria-labelledby=\"qr-label\" shape-rendering=\"crispEdges\">"
				+ "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
	}
}
