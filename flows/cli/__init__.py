"""The `newsflow` command (`main`) and what it prints in the terminal (`console`)."""
