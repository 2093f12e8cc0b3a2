import Ajv from "ajv-draft-04";

/**
 * A JSON Schema draft-04 validator (the W3C annotation test suite is written in draft-04), with
 * the two formats the suite and our schemas use. ajv leaves formats to a plug-in; ours are
 * written out here so that what "uri" and "date-time" accept is visible:
 * - uri: an absolute URI (RFC 3986): a scheme, then only characters a URI may hold, and every
 *   "%" starting an escape of two hexadecimal digits;
 * - date-time: RFC 3339 (xsd:dateTime with a time zone), of a real calendar moment.
 * Unknown keywords are allowed: the suite adds its own (assertionType, expectedResult …).
 */
export function createValidator(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat("uri", isAbsoluteUri);
  ajv.addFormat("date-time", isDateTime);
  return ajv;
}

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]%]*$/;

export function isAbsoluteUri(value: string): boolean {
  return URI.test(value) && !/%(?![0-9A-Fa-f]{2})/.test(value);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day as number));
  return (
    date.getUTCMonth() === (month as number) - 1 &&
    date.getUTCDate() === day &&
    (hour as number) < 24 &&
    (minute as number) < 60 &&
    (second as number) < 61
  );
}
