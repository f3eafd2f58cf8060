// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {OwnableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/OwnableUpgradeable.sol";
import {PausableUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/PausableUpgradeable.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";

/// @title PermissionedShares: an ERC-3643-style permissioned share token.
/// @notice Deployed behind an ERC1967Proxy (UUPS). The proxy admin, kept in
/// the EIP-1967 admin slot and set to the initial owner, upgrades. Agents
/// register identities, freeze addresses, mint and force transfers; shares
/// only move to verified, unfrozen addresses.
contract PermissionedShares is
    Initializable,
    ERC20Upgradeable,
    PausableUpgradeable,
    OwnableUpgradeable,
    UUPSUpgradeable
{
    /// ERC-3643 events.
    event AgentAdded(address indexed _agent);
    event AgentRemoved(address indexed _agent);
    event AddressFrozen(address indexed userAddress, bool indexed isFrozen, address indexed owner);
    event IdentityRegistered(address indexed investorAddress);
    event IdentityRemoved(address indexed investorAddress);

    error NotAgent(address account);
    error NotVerified(address account);
    error Frozen(address account);
    error NotProxyAdmin(address account);

    uint8 private _decimals;
    address private _issuer;
    string private _imo;
    mapping(address => bool) private _agents;
    mapping(address => bool) private _verified;
    mapping(address => bool) private _frozen;
    bool private _forcing;
    mapping(address => address) private _identity;
    mapping(address => uint16) private _country;

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up the token behind its proxy; called once.
    function initialize(
        string memory name_,
        string memory symbol_,
        uint8 decimals_,
        string memory imo_,
        address issuer_,
        address initialOwner
    ) external initializer {
        __ERC20_init(name_, symbol_);
        __Pausable_init();
        __Ownable_init(initialOwner);
        ERC1967Utils.changeAdmin(initialOwner);
        _decimals = decimals_;
        _imo = imo_;
        _issuer = issuer_;
    }

    modifier onlyAgent() {
        if (!_agents[msg.sender] && msg.sender != owner()) revert NotAgent(msg.sender);
        _;
    }

    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice IMO number of the vessel the shares represent.
    function imo() external view returns (string memory) {
        return _imo;
    }

    /// @notice Address of the issuer of the shares.
    function issuer() external view returns (address) {
        return _issuer;
    }

    /// @notice The identity registry: this contract keeps its own.
    function identityRegistry() external view returns (address) {
        return address(this);
    }

    function addAgent(address agent) external onlyOwner {
        _agents[agent] = true;
        emit AgentAdded(agent);
    }

    function removeAgent(address agent) external onlyOwner {
        _agents[agent] = false;
        emit AgentRemoved(agent);
    }

    function isAgent(address account) external view returns (bool) {
        return _agents[account];
    }

    function registerIdentity(address account) external onlyAgent {
        _verified[account] = true;
        emit IdentityRegistered(account);
    }

    /// @notice T-REX's registration: the wallet, its ONCHAINID contract (several
    /// wallets may share one) and the investor's ISO 3166-1 numeric country.
    function registerIdentity(address account, address identity_, uint16 country) external onlyAgent {
        _verified[account] = true;
        _identity[account] = identity_;
        _country[account] = country;
        emit IdentityRegistered(account);
    }

    /// @notice Removes the wallet's identity: it is no longer verified and has
    /// no identity or country.
    function deleteIdentity(address account) external onlyAgent {
        _verified[account] = false;
        delete _identity[account];
        delete _country[account];
        emit IdentityRemoved(account);
    }

    /// @notice The wallet's ONCHAINID contract; zero when it has none.
    function identity(address account) external view returns (address) {
        return _identity[account];
    }

    /// @notice The investor's ISO 3166-1 numeric country; zero when unknown.
    function investorCountry(address account) external view returns (uint16) {
        return _country[account];
    }

    function isVerified(address account) external view returns (bool) {
        return _verified[account];
    }

    function setAddressFrozen(address account, bool freeze) external onlyAgent {
        _frozen[account] = freeze;
        emit AddressFrozen(account, freeze, msg.sender);
    }

    function isFrozen(address account) external view returns (bool) {
        return _frozen[account];
    }

    function mint(address to, uint256 amount) external onlyAgent {
        _mint(to, amount);
    }

    function burn(address from, uint256 amount) external onlyAgent {
        _burn(from, amount);
    }

    /// @notice Moves shares from any holder, frozen or not, to a verified address.
    function forcedTransfer(address from, address to, uint256 amount) external onlyAgent returns (bool) {
        _forcing = true;
        _transfer(from, to, amount);
        _forcing = false;
        return true;
    }

    function pause() external onlyAgent {
        _pause();
    }

    function unpause() external onlyAgent {
        _unpause();
    }

    function _update(address from, address to, uint256 value) internal override {
        if (to != address(0)) {
            if (!_verified[to]) revert NotVerified(to);
            if (_frozen[to]) revert Frozen(to);
        }
        if (!_forcing && from != address(0)) {
            _requireNotPaused();
            if (_frozen[from]) revert Frozen(from);
        }
        super._update(from, to, value);
    }

    /// @notice The account that may upgrade the logic (EIP-1967 admin slot).
    function proxyAdmin() external view returns (address) {
        return ERC1967Utils.getAdmin();
    }

    /// @notice Hands the right to upgrade to another account.
    function changeProxyAdmin(address newAdmin) external {
        if (msg.sender != ERC1967Utils.getAdmin()) revert NotProxyAdmin(msg.sender);
        ERC1967Utils.changeAdmin(newAdmin);
    }

    function _authorizeUpgrade(address) internal view override {
        if (msg.sender != ERC1967Utils.getAdmin()) revert NotProxyAdmin(msg.sender);
    }
}
