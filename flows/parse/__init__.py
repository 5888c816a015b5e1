"""Pure parsing: raw page bytes → a `ParsedPage` (flows.contracts). No files, no clock,
no Prefect, no database; selectolax is the only parser. The entry point is
`flows.parse.page.parse_page`."""
