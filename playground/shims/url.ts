/**
 * Browser stand-in for node's `url`, for the playground's bundle only. @oozcitak/url (under
 * xmlbuilder2) calls these for internationalised host names of URLs, which an Akoma Ntoso document
 * built from a resolution never has. Remove once the library is bundler-safe.
 */
export const domainToASCII = (domain: string): string => domain;
export const domainToUnicode = (domain: string): string => domain;
