import React from 'react'
import Navbar from '@theme-original/Navbar'
import type NavbarType from '@theme/Navbar'
import type {WrapperProps} from '@docusaurus/types'
import styles from './styles.module.css'

type Props = WrapperProps<typeof NavbarType>

/**
 * Wrapped from theme-classic: the navbar inside a `<header>`, so screen
 * readers get the banner landmark (the site name, menu and search) that the
 * theme's bare `<nav>` does not give. The header, not the navbar, sticks to
 * the top: a sticky element only sticks inside its parent.
 */
export default function NavbarWrapper(props: Props): React.JSX.Element {
  return (
    <header className={styles.banner}>
      <Navbar {...props} />
    </header>
  )
}
