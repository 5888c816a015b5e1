"""One short news story that body tests wrap in the markup they pin down: four paragraphs of
plain prose, each long enough to read as a story's paragraph and not as a caption or a label."""

BRIDGE_STORY = [
    "The council met on Monday to discuss the old bridge over the river, closed since spring.",
    "Engineers said the structure could no longer carry buses, and repairs would take a year.",
    "A decision on the money, which the region may share, is expected at the next meeting.",
    "Residents said the detour added half an hour to each trip, and asked for a ferry instead.",
]
