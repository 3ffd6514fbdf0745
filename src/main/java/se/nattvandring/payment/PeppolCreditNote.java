package se.nattvandring.payment;

import java.math.BigDecimal;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;

import com.helger.ubl21.UBL21Marshaller;

import se.nattvandring.payment.PaymentBasis.Line;

/**
 * A correction basis as a Peppol BIS Billing 3 credit note (type 381) from the association to the district. It refers
 * to the invoice of the basis it corrects (the billing reference), and states the credited units as positive amounts,
 * with the same parties, VAT category and reference as that invoice.
 */
final class PeppolCreditNote {

	private static final String SEK = "SEK";

	private PeppolCreditNote() {
	}

	static byte[] write(BasisDocument document) {
		PaymentBasis basis = document.basis();
		boolean vat = document.association().vatRegistered();
		CreditNoteType note = new CreditNoteType();
		note.setCustomizationID(PeppolInvoice.CUSTOMIZATION);
		note.setProfileID(PeppolInvoice.PROFILE);
		note.setID(document.number());
		note.setIssueDate(document.documentDate());
		note.setCreditNoteTypeCode("381");
		note.setDocumentCurrencyCode(SEK);
		String reference = document.agreement().invoicing().referenceCode();
		note.setBuyerReference(reference != null ? reference : document.agreement().caseNumber());
		PeriodType period = new PeriodType();
		period.setStartDate(basis.from());
		period.setEndDate(basis.to());
		note.addInvoicePeriod(period);
		BillingReferenceType billing = new BillingReferenceType();
		DocumentReferenceType original = new DocumentReferenceType();
		original.setID("NV-" + document.agreement().id() + "-" + basis.correctsId());
		billing.setInvoiceDocumentReference(original);
		note.addBillingReference(billing);
		DocumentReferenceType contract = new DocumentReferenceType();
		contract.setID(document.agreement().caseNumber());
		note.addContractDocumentReference(contract);
		SupplierPartyType supplier = new SupplierPartyType();
		supplier.setParty(PeppolInvoice.seller(document.association(), vat));
		note.setAccountingSupplierParty(supplier);
		CustomerPartyType customer = new CustomerPartyType();
		customer.setParty(PeppolInvoice.buyer(document));
		note.setAccountingCustomerParty(customer);
		for (Line line : basis.lines()) {
			if (line.status() == PaymentBasis.LineStatus.CREDIT) {
				note.addCreditNoteLine(creditLine(line, vat));
			}
		}
		BasisVat split = BasisVat.ofCredit(document);
		note.addTaxTotal(PeppolInvoice.taxTotal(split, vat));
		note.setLegalMonetaryTotal(PeppolInvoice.totals(split));
		return UBL21Marshaller.creditNote().getAsBytes(note);
	}

	private static CreditNoteLineType creditLine(Line line, boolean vat) {
		BigDecimal credited = line.amount().negate();
		BigDecimal net = vat ? BasisVat.net(credited) : credited;
		CreditNoteLineType creditLine = new CreditNoteLineType();
		creditLine.setID(String.valueOf(line.position()));
		creditLine.setCreditedQuantity(BigDecimal.ONE).setUnitCode("C62");
		creditLine.setLineExtensionAmount(net).setCurrencyID(SEK);
		ItemType item = new ItemType();
		item.setName("Kreditering, nattvandring " + line.date());
		item.addClassifiedTaxCategory(PeppolInvoice.category(vat));
		creditLine.setItem(item);
		PriceType price = new PriceType();
		price.setPriceAmount(net).setCurrencyID(SEK);
		creditLine.setPrice(price);
		return creditLine;
	}
}
