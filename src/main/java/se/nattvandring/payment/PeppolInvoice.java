package se.nattvandring.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import org.jspecify.annotations.Nullable;

import com.helger.ubl21.UBL21Marshaller;

import se.nattvandring.identity.Organisation;
import se.nattvandring.payment.PaymentBasis.Line;

/**
 * The basis as a Peppol BIS Billing 3 invoice from the association to the district. The buyer reference is the
 * district's reference code, the buyer endpoint its Peppol ID; the seller is identified by its organisation number in
 * scheme 0007, or its own Peppol ID. VAT category O (outside the scope of VAT) unless the association is registered
 * for VAT: then S at 25 %, split out of the basis's total by {@link BasisVat}, so the invoice asks exactly what the
 * basis says the district pays.
 */
final class PeppolInvoice {

	static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";

	static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

	static final BigDecimal STANDARD_RATE = new BigDecimal("25");

	private static final String SEK = "SEK";

	private PeppolInvoice() {
	}

	static byte[] write(BasisDocument document) {
		boolean vat = document.association().vatRegistered();
		InvoiceType invoice = new InvoiceType();
		invoice.setCustomizationID(CUSTOMIZATION);
		invoice.setProfileID(PROFILE);
		invoice.setID(document.number());
		invoice.setIssueDate(document.documentDate());
		invoice.setDueDate(document.dueDate());
		invoice.setInvoiceTypeCode("380");
		invoice.setDocumentCurrencyCode(SEK);
		String reference = document.agreement().invoicing().referenceCode();
		invoice.setBuyerReference(reference != null ? reference : document.agreement().caseNumber());
		PeriodType period = new PeriodType();
		period.setStartDate(document.basis().from());
		period.setEndDate(document.basis().to());
		invoice.addInvoicePeriod(period);
		DocumentReferenceType contract = new DocumentReferenceType();
		contract.setID(document.agreement().caseNumber());
		invoice.addContractDocumentReference(contract);

		SupplierPartyType supplier = new SupplierPartyType();
		supplier.setParty(seller(document.association(), vat));
		invoice.setAccountingSupplierParty(supplier);
		CustomerPartyType customer = new CustomerPartyType();
		customer.setParty(buyer(document));
		invoice.setAccountingCustomerParty(customer);
		PaymentMeansType means = paymentMeans(document);
		if (means != null) {
			invoice.addPaymentMeans(means);
		}

		BasisVat split = BasisVat.of(document);
		for (Line line : document.basis().lines()) {
			if (line.paid()) {
				invoice.addInvoiceLine(invoiceLine(line, vat));
			}
		}
		invoice.addTaxTotal(taxTotal(split, vat));
		invoice.setLegalMonetaryTotal(totals(split));
		return UBL21Marshaller.invoice().getAsBytes(invoice);
	}

	/** The VAT breakdown: one subtotal, category S at 25 % or O with its exemption reason. */
	static TaxTotalType taxTotal(BasisVat split, boolean vat) {
		BigDecimal net = split.net();
		BigDecimal tax = split.tax();
		TaxTotalType taxTotal = new TaxTotalType();
		taxTotal.setTaxAmount(tax).setCurrencyID(SEK);
		TaxSubtotalType subtotal = new TaxSubtotalType();
		subtotal.setTaxableAmount(net).setCurrencyID(SEK);
		subtotal.setTaxAmount(tax).setCurrencyID(SEK);
		TaxCategoryType category = category(vat);
		if (!vat) {
			category.addTaxExemptionReason(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21
				.TaxExemptionReasonType("Ersättning enligt IOP, utanför mervärdesskattens tillämpningsområde"));
		}
		subtotal.setTaxCategory(category);
		taxTotal.addTaxSubtotal(subtotal);
		return taxTotal;
	}

	/** The totals: the payable amount is the basis's total, to the öre; any rounding of the VAT split is shown. */
	static MonetaryTotalType totals(BasisVat split) {
		MonetaryTotalType totals = new MonetaryTotalType();
		totals.setLineExtensionAmount(split.net()).setCurrencyID(SEK);
		totals.setTaxExclusiveAmount(split.net()).setCurrencyID(SEK);
		totals.setTaxInclusiveAmount(split.net().add(split.tax())).setCurrencyID(SEK);
		if (split.rounding().signum() != 0) {
			totals.setPayableRoundingAmount(split.rounding()).setCurrencyID(SEK);
		}
		totals.setPayableAmount(split.total()).setCurrencyID(SEK);
		return totals;
	}

	static PartyType seller(Organisation association, boolean vat) {
		PartyType party = new PartyType();
		String peppolId = association.peppolId();
		String digits = association.organisationDigits();
		if (peppolId != null) {
			party.setEndpointID(peppolId.substring(5)).setSchemeID(peppolId.substring(0, 4));
		}
		else if (digits != null) {
			party.setEndpointID(digits).setSchemeID("0007");
		}
		party.addPartyName(name(association.name()));
		party.setPostalAddress(address(association.streetAddress(), association.postalCode(), association.city()));
		if (vat && digits != null) {
			PartyTaxSchemeType taxScheme = new PartyTaxSchemeType();
			taxScheme.setCompanyID("SE" + digits + "01");
			taxScheme.setTaxScheme(vatScheme());
			party.addPartyTaxScheme(taxScheme);
		}
		PartyLegalEntityType legal = new PartyLegalEntityType();
		legal.setRegistrationName(association.name());
		if (digits != null) {
			legal.setCompanyID(digits).setSchemeID("0007");
		}
		party.addPartyLegalEntity(legal);
		return party;
	}

	static PartyType buyer(BasisDocument document) {
		PartyType party = new PartyType();
		String peppolId = document.agreement().invoicing().peppolId();
		Organisation district = document.district();
		if (peppolId != null && peppolId.matches("\\d{4}:.+")) {
			party.setEndpointID(peppolId.substring(5)).setSchemeID(peppolId.substring(0, 4));
		}
		else if (district.organisationDigits() != null) {
			party.setEndpointID(district.organisationDigits()).setSchemeID("0007");
		}
		party.addPartyName(name(district.name()));
		party.setPostalAddress(address(document.agreement().invoicing().billingAddress(), null, null));
		PartyLegalEntityType legal = new PartyLegalEntityType();
		legal.setRegistrationName(district.name());
		if (district.organisationDigits() != null) {
			legal.setCompanyID(district.organisationDigits()).setSchemeID("0007");
		}
		party.addPartyLegalEntity(legal);
		return party;
	}

	/** Credit transfer to the association's bankgiro or plusgiro, with the basis number to pay against. */
	static @Nullable PaymentMeansType paymentMeans(BasisDocument document) {
		Organisation association = document.association();
		String account = association.bankgiro() != null ? association.bankgiro() : association.plusgiro();
		if (account == null) {
			return null;
		}
		PaymentMeansType means = new PaymentMeansType();
		means.setPaymentMeansCode("30");
		means.addPaymentID(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType(
				document.number()));
		FinancialAccountType financial = new FinancialAccountType();
		financial.setID(account.replaceAll("[^0-9]", ""));
		BranchType branch = new BranchType();
		branch.setID(association.bankgiro() != null ? "SE:BANKGIRO" : "SE:PLUSGIRO");
		financial.setFinancialInstitutionBranch(branch);
		means.setPayeeFinancialAccount(financial);
		return means;
	}

	private static InvoiceLineType invoiceLine(Line line, boolean vat) {
		InvoiceLineType invoiceLine = new InvoiceLineType();
		invoiceLine.setID(String.valueOf(line.position()));
		invoiceLine.setInvoicedQuantity(BigDecimal.ONE).setUnitCode("C62");
		BigDecimal net = vat ? BasisVat.net(line.amount()) : line.amount();
		invoiceLine.setLineExtensionAmount(net).setCurrencyID(SEK);
		ItemType item = new ItemType();
		item.setName("Genomförd nattvandring " + line.date());
		item.addClassifiedTaxCategory(category(vat));
		invoiceLine.setItem(item);
		PriceType price = new PriceType();
		price.setPriceAmount(net).setCurrencyID(SEK);
		invoiceLine.setPrice(price);
		return invoiceLine;
	}

	static TaxCategoryType category(boolean vat) {
		TaxCategoryType category = new TaxCategoryType();
		category.setID(vat ? "S" : "O");
		if (vat) {
			category.setPercent(STANDARD_RATE);
		}
		category.setTaxScheme(vatScheme());
		return category;
	}

	static TaxSchemeType vatScheme() {
		TaxSchemeType scheme = new TaxSchemeType();
		scheme.setID("VAT");
		return scheme;
	}

	static PartyNameType name(String name) {
		PartyNameType partyName = new PartyNameType();
		partyName.setName(name);
		return partyName;
	}

	static AddressType address(@Nullable String street, @Nullable String postalCode, @Nullable String city) {
		AddressType address = new AddressType();
		if (street != null) {
			address.setStreetName(street);
		}
		if (postalCode != null) {
			address.setPostalZone(postalCode);
		}
		if (city != null) {
			address.setCityName(city);
		}
		CountryType country = new CountryType();
		country.setIdentificationCode("SE");
		address.setCountry(country);
		return address;
	}
}
