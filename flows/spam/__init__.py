"""Comment spam: weighted rules kept as data (`spam_rules.toml`), scored with reasons
(`scoring`), and verdicts cached per lake day (`verdicts`)."""
