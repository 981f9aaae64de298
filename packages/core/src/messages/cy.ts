import { activityPickerCy } from './ui/activity-picker.cy.js';
import { commonCy } from './ui/common.cy.js';
import { consentCaptureCy } from './ui/consent-capture.cy.js';
import { referralFormCy } from './ui/referral-form.cy.js';
import type { Messages } from './en.js';

/** Welsh schedule wording travels in this chunk too (registered by `loadLocale('cy')`). */
export { cy as cyScheduleWording } from '../schedule/wording.cy.js';

/**
 * Welsh messages (Cymraeg), in the style of the Welsh Government's online
 * services. Loaded on demand by `loadLocale('cy')`, so pages in English never
 * download them. Typed as {@link Messages}: a missing or extra key fails `tsc`.
 */
export const cy: Messages = {
  'summary.title': 'Mae problem wedi codi',
  'error.type': 'Nid oedd modd darllen yr ateb hwn: rhowch ef eto',
  'error.characters': 'Mae nodau yn yr ateb hwn na ellir eu defnyddio: teipiwch ef eto',
  'error.unknown': 'Gwiriwch yr ateb hwn',

  'referral.required': 'Rhowch fanylion yr atgyfeiriad',
  'source.required': "Dewiswch pwy sy'n gwneud yr atgyfeiriad",
  'source.enum': "Dewiswch a yw aelod o staff neu'r claf yn gwneud yr atgyfeiriad",
  'submittedAt.required': "Rhowch y dyddiad a'r amser yr anfonwyd yr atgyfeiriad",
  'submittedAt.format': "Rhowch y dyddiad a'r amser yr anfonwyd yr atgyfeiriad yn y fformat cywir",

  'patient.required': 'Rhowch fanylion y claf',
  'patient.givenName.required': 'Rhowch enw cyntaf y claf',
  'patient.givenName.too-long': "Mae'n rhaid i'r enw cyntaf fod yn {max} nod neu lai",
  'patient.familyName.required': "Rhowch gyfenw'r claf",
  'patient.familyName.too-long': "Mae'n rhaid i'r cyfenw fod yn {max} nod neu lai",
  'patient.dateOfBirth.required': "Rhowch ddyddiad geni'r claf",
  'patient.dateOfBirth.format': 'Rhowch y dyddiad geni yn y fformat cywir',
  'patient.dateOfBirth.invalid-date': 'Rhowch ddyddiad geni go iawn',
  'patient.dateOfBirth.future': "Mae'n rhaid i'r dyddiad geni fod yn y gorffennol",
  'patient.dateOfBirth.too-old':
    "Mae'n rhaid i'r dyddiad geni fod o fewn y {maxAge} mlynedd diwethaf",
  'patient.dateOfBirth.too-young': "Mae'n rhaid i'r claf fod yn {minimumAge} oed neu'n hŷn",
  'patient.nhsNumber.required': 'Rhowch rif GIG y claf',
  'patient.nhsNumber.format': 'Rhowch rif GIG yn y fformat cywir',
  'patient.nhsNumber.length': "Mae'n rhaid i'r rhif GIG fod yn 10 digid",
  'patient.nhsNumber.repeated-digits': "Ni all y rhif GIG fod yr un digid wedi'i ailadrodd",
  'patient.nhsNumber.checksum': "Gwiriwch y rhif GIG: mae un neu fwy o'r digidau'n anghywir",
  'patient.gender.enum': 'Dewiswch rywedd y claf',
  'patient.address.required': 'Rhowch gyfeiriad y claf',
  'patient.address.lines.too-long': 'Rhowch {max} llinell cyfeiriad neu lai',
  'patient.address.lines.required-for-contact':
    "Rhowch gyfeiriad y claf, neu dewiswch ffordd o gysylltu â'r claf heblaw drwy lythyr",
  'patient.address.lines.N.required': "Ni all llinell {line} o'r cyfeiriad fod yn wag",
  'patient.address.lines.N.too-long':
    "Mae'n rhaid i linell {line} o'r cyfeiriad fod yn {max} nod neu lai",
  'patient.address.town.too-long': "Mae'n rhaid i'r dref neu'r ddinas fod yn {max} nod neu lai",
  'patient.address.postcode.required': 'Rhowch god post y claf',
  'patient.address.postcode.format': 'Rhowch god post go iawn',
  'patient.phone.format': 'Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982',
  'patient.phone.required-for-contact':
    "Rhowch rif ffôn y claf, neu dewiswch ffordd o gysylltu â'r claf heblaw dros y ffôn neu drwy neges destun",
  'patient.phone.not-a-mobile': 'Rhowch rif ffôn symudol ar gyfer negeseuon testun',
  'patient.email.format': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  'patient.email.required-for-contact':
    "Rhowch gyfeiriad e-bost y claf, neu dewiswch ffordd o gysylltu â'r claf heblaw drwy e-bost",
  'patient.preferredContact.required': "Dewiswch sut mae'r claf am i ni gysylltu",
  'patient.preferredContact.enum': 'Dewiswch ffôn, neges destun, e-bost neu lythyr',
  'patient.preferredContact.not-consented':
    "Dewiswch ffordd o gysylltu â'r claf y mae wedi cytuno iddi",
  'patient.contactTimes.N.enum': "Dewiswch y bore, y prynhawn neu gyda'r nos",
  'patient.contactTimes.N.not-consented':
    "Dewiswch dim ond amserau y mae'r claf wedi cytuno i ni gysylltu ag ef ynddynt",
  'patient.language.format':
    'Rhowch god iaith, fel cy ar gyfer Cymraeg neu bfi ar gyfer Iaith Arwyddion Prydain',
  'patient.language.required-for-interpreter':
    'Dewiswch iaith y cyfieithydd sydd ei angen ar y claf',
  'patient.accessibilityNeeds.too-long':
    "Mae'n rhaid i'r anghenion hygyrchedd fod yn {max} nod neu lai",

  'referrer.required': "Rhowch fanylion y person sy'n atgyfeirio",
  'referrer.not-allowed':
    'Tynnwch fanylion yr atgyfeiriwr: nid oes atgyfeiriwr ar gyfer hunanatgyfeiriad',
  'referrer.name.required': "Rhowch enw'r atgyfeiriwr",
  'referrer.name.too-long': "Mae'n rhaid i enw'r atgyfeiriwr fod yn {max} nod neu lai",
  'referrer.role.required': 'Rhowch rôl yr atgyfeiriwr',
  'referrer.role.too-long': "Mae'n rhaid i rôl yr atgyfeiriwr fod yn {max} nod neu lai",
  'referrer.organisationOdsCode.required': 'Rhowch god ODS sefydliad yr atgyfeiriwr',
  'referrer.organisationOdsCode.format':
    "Mae'n rhaid i'r cod ODS fod rhwng 3 a 6 o lythrennau neu rifau",
  'referrer.email.required': 'Rhowch gyfeiriad e-bost yr atgyfeiriwr',
  'referrer.email.format': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  'referrer.phone.format': 'Rhowch rif ffôn yn y DU, fel 01632 960 001 neu 07700 900 982',

  'reasons.required': 'Dewiswch o leiaf un rheswm dros yr atgyfeiriad',
  'reasons.N.unknown-term': "Dewiswch reswm o'r rhestr",
  'activities.N.required': 'Mae gweithgaredd {item} yn wag: dewiswch weithgaredd neu tynnwch ef',
  'notes.too-long': "Mae'n rhaid i'r nodiadau fod yn {max} nod neu lai",
  'urgency.enum': "Dewiswch a yw'r atgyfeiriad yn arferol neu'n frys",
  'risk.details.required-when-risk-flagged': 'Rhowch fanylion y risg',
  'risk.details.too-long': "Mae'n rhaid i fanylion y risg fod yn {max} nod neu lai",

  'consent.required': 'Cofnodwch gydsyniad y claf',
  'consent.referral.required': "Dewiswch a yw'r claf yn cytuno i'r atgyfeiriad",
  'consent.referral.must-be-true':
    "Mae'n rhaid i'r claf gytuno i'r atgyfeiriad cyn y gallwch ei anfon",
  'consent.shareWithProviders.required':
    "Dewiswch a yw'r claf yn cytuno i ni rannu ei fanylion â sefydliadau partner",
  'consent.partners.N.name.required': 'Rhowch enw sefydliad partner {item}',
  'consent.partners.N.agreed.required':
    "Dewiswch a yw'r claf yn cytuno i ni rannu ei fanylion â sefydliad partner {item}",
  'consent.contactBy.required': "Dewiswch o leiaf un ffordd y mae'r claf yn cytuno i ni gysylltu",
  'consent.contactBy.N.enum': 'Dewiswch ffôn, neges destun, e-bost neu lythyr',
  'consent.contactTimes.N.enum': "Dewiswch y bore, y prynhawn neu gyda'r nos",
  'consent.givenBy.required': 'Dewiswch pwy roddodd gydsyniad',
  'consent.givenBy.type.required': 'Dewiswch pwy roddodd gydsyniad',
  'consent.givenBy.type.enum':
    "Dewiswch y claf, rhywun sy'n gweithredu ar ei ran, neu benderfyniad er budd pennaf y claf",
  'consent.givenBy.type.not-allowed':
    "Dim ond staff sy'n gallu cofnodi penderfyniad er budd pennaf",
  'consent.givenBy.name.required': "Rhowch enw'r person a roddodd gydsyniad ar ran y claf",
  'consent.givenBy.relationship.required': "Rhowch eu perthynas â'r claf",
  'consent.givenBy.authority.required':
    "Dewiswch beth sy'n rhoi awdurdod iddynt gydsynio ar ran y claf",
  'consent.givenBy.authority.enum':
    "Dewiswch beth sy'n rhoi awdurdod iddynt gydsynio ar ran y claf",
  'consent.givenBy.decisionMaker.required':
    "Rhowch enw'r person a wnaeth y penderfyniad er budd pennaf",
  'consent.givenBy.reason.required': "Rhowch y rheswm pam mae'r atgyfeiriad er budd pennaf y claf",
  'consent.method.required': 'Dewiswch sut y rhoddwyd cydsyniad',
  'consent.method.enum': 'Dewiswch ar lafar, yn ysgrifenedig neu ar-lein',
  'consent.method.not-allowed':
    'Dewiswch gydsyniad ar-lein ar gyfer hunanatgyfeiriad, neu gydsyniad ar lafar neu ysgrifenedig ar gyfer atgyfeiriad gan staff',
  'consent.recordedBy.required': "Rhowch enw'r person a gofnododd y cydsyniad",
  'consent.recordedBy.too-long':
    "Mae'n rhaid i enw'r person a gofnododd y cydsyniad fod yn {max} nod neu lai",
  'consent.at.required': "Rhowch y dyddiad a'r amser y rhoddwyd cydsyniad",
  'consent.at.format': "Rhowch y dyddiad a'r amser y rhoddwyd cydsyniad yn y fformat cywir",
  'consent.at.after-submission': "Mae'n rhaid rhoi cydsyniad cyn anfon yr atgyfeiriad",
  'consent.textVersion.required': "Rhowch fersiwn geiriad y cydsyniad a ddangoswyd i'r claf",
  'consent.textSha256.required': 'Rhowch ôl bys (SHA-256) geiriad y cydsyniad a ddangoswyd',
  'consent.textSha256.format':
    "Mae'n rhaid i ôl bys geiriad y cydsyniad fod yn 64 nod o 0 i 9 ac a i f",
  'consent.withdrawn.not-allowed':
    "Ni all atgyfeiriad newydd gynnwys cydsyniad sydd wedi'i dynnu'n ôl",
  'consent.withdrawn.at.required': "Rhowch y dyddiad a'r amser y tynnwyd cydsyniad yn ôl",
  'consent.withdrawn.at.format':
    "Rhowch y dyddiad a'r amser y tynnwyd cydsyniad yn ôl yn y fformat cywir",
  'consent.withdrawn.at.before-consent': 'Ni ellir tynnu cydsyniad yn ôl cyn iddo gael ei roi',
  'consent.withdrawn.by.required': 'Rhowch pwy dynnodd y cydsyniad yn ôl',
  'consent.partialWithdrawals.not-allowed':
    "Ni all cydsyniad newydd gynnwys rhannau sydd wedi'u tynnu'n ôl",
  'consent.partialWithdrawals.N.required': "Rhowch fanylion tynnu'n ôl rhif {withdrawal}",
  'consent.partialWithdrawals.N.at.required':
    "Rhowch y dyddiad a'r amser ar gyfer tynnu'n ôl rhif {withdrawal}",
  'consent.partialWithdrawals.N.at.format':
    "Rhowch y dyddiad a'r amser ar gyfer tynnu'n ôl rhif {withdrawal} yn y fformat cywir",
  'consent.partialWithdrawals.N.at.before-consent':
    "Mae'n rhaid i dynnu'n ôl rhif {withdrawal} fod ar ôl i'r cydsyniad gael ei roi",
  'consent.partialWithdrawals.N.at.after-withdrawal':
    "Mae'n rhaid i dynnu'n ôl rhif {withdrawal} fod cyn i'r holl gydsyniad gael ei dynnu'n ôl",
  'consent.partialWithdrawals.N.by.required': "Rhowch pwy wnaeth dynnu'n ôl rhif {withdrawal}",
  'consent.partialWithdrawals.N.items.required':
    "Dewiswch beth a dynnwyd yn ôl yn nhynnu'n ôl rhif {withdrawal}",
  'consent.partialWithdrawals.N.items.N.required':
    "Mae rhan {item} o dynnu'n ôl rhif {withdrawal} yn wag: dewiswch beth a dynnwyd yn ôl neu dilëwch hi",
  'consent.partialWithdrawals.N.items.N.not-agreed':
    "Dilëwch ran {item} o dynnu'n ôl rhif {withdrawal}: ni chytunodd y claf iddi",
  'consent.partialWithdrawals.N.items.N.already-withdrawn':
    "Dilëwch ran {item} o dynnu'n ôl rhif {withdrawal}: cafodd ei thynnu'n ôl eisoes",
  'consent.partialWithdrawals.N.items.N.type.required':
    "Dewiswch beth mae rhan {item} o dynnu'n ôl rhif {withdrawal} yn ei dynnu'n ôl",
  'consent.partialWithdrawals.N.items.N.type.enum':
    "Dewiswch rannu, sefydliad partner, ffordd o gysylltu, dilyniant neu'r canlyniad i'r practis meddyg teulu",
  'consent.partialWithdrawals.N.items.N.name.required':
    "Rhowch enw'r sefydliad partner yn rhan {item} o dynnu'n ôl rhif {withdrawal}",
  'consent.partialWithdrawals.N.items.N.channel.required':
    "Dewiswch y ffordd o gysylltu yn rhan {item} o dynnu'n ôl rhif {withdrawal}",
  'consent.partialWithdrawals.N.items.N.channel.enum':
    'Dewiswch ffôn, neges destun, e-bost neu lythyr',

  'self.patient.required': 'Rhowch eich manylion',
  'self.patient.givenName.required': 'Rhowch eich enw cyntaf',
  'self.patient.familyName.required': 'Rhowch eich cyfenw',
  'self.patient.dateOfBirth.required': 'Rhowch eich dyddiad geni',
  'self.patient.dateOfBirth.too-young': "Mae'n rhaid i chi fod yn {minimumAge} oed neu'n hŷn",
  'self.patient.nhsNumber.required': 'Rhowch eich rhif GIG',
  'self.patient.gender.enum': 'Dewiswch eich rhywedd',
  'self.patient.address.required': 'Rhowch eich cyfeiriad',
  'self.patient.address.lines.required-for-contact':
    'Rhowch eich cyfeiriad, neu dewiswch ffordd i ni gysylltu â chi heblaw drwy lythyr',
  'self.patient.address.postcode.required': 'Rhowch eich cod post',
  'self.patient.phone.required-for-contact':
    'Rhowch eich rhif ffôn, neu dewiswch ffordd i ni gysylltu â chi heblaw dros y ffôn neu drwy neges destun',
  'self.patient.email.required-for-contact':
    'Rhowch eich cyfeiriad e-bost, neu dewiswch ffordd i ni gysylltu â chi heblaw drwy e-bost',
  'self.patient.preferredContact.required': 'Dewiswch sut yr hoffech i ni gysylltu â chi',
  'self.patient.preferredContact.not-consented':
    'Dewiswch ffordd o gysylltu â chi rydych wedi cytuno iddi',
  'self.patient.contactTimes.N.not-consented':
    'Dewiswch dim ond amserau rydych wedi cytuno i ni gysylltu â chi ynddynt',
  'self.patient.language.required-for-interpreter':
    'Dewiswch yr iaith y mae angen cyfieithydd arnoch ar ei chyfer',
  'self.consent.required': 'Rhowch eich cydsyniad',
  'self.consent.referral.required': "Dewiswch a ydych yn cytuno i'r atgyfeiriad",
  'self.consent.referral.must-be-true':
    "Mae'n rhaid i chi gytuno i'r atgyfeiriad cyn y gallwch ei anfon",
  'self.consent.shareWithProviders.required':
    'Dewiswch a ydych yn cytuno i ni rannu eich manylion â sefydliadau partner',
  'self.consent.partners.N.agreed.required':
    'Dewiswch a ydych yn cytuno i ni rannu eich manylion â sefydliad partner {item}',
  'self.consent.contactBy.required':
    'Dewiswch o leiaf un ffordd rydych yn cytuno i ni gysylltu â chi',
  'self.consent.givenBy.name.required': "Rhowch enw'r person a roddodd gydsyniad ar eich rhan",
  'self.consent.givenBy.relationship.required': 'Rhowch eu perthynas â chi',
  'self.consent.givenBy.authority.required':
    "Dewiswch beth sy'n rhoi awdurdod iddynt gydsynio ar eich rhan",
  'self.consent.givenBy.authority.enum':
    "Dewiswch beth sy'n rhoi awdurdod iddynt gydsynio ar eich rhan",
  'self.consent.partialWithdrawals.N.items.N.not-agreed':
    "Dilëwch ran {item} o dynnu'n ôl rhif {withdrawal}: ni wnaethoch chi gytuno iddi",
  ...commonCy,
  ...referralFormCy,
  ...activityPickerCy,
  ...consentCaptureCy,
};
