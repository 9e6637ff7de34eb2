"""What tests read off the app's pages and answers, read with a real parser."""
